<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="71" />
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="72" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="73" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="74" />
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="75" />
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="76" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="165" />
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="166" />
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="168" />
        <source>Number of entries</source>
        <translation>Nombre d'entrées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="170" />
        <source>Last %1</source>
        <translation>%1 dernières</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="172" />
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="173" />
        <source>Search user, action, value...</source>
        <translation>Rechercher un utilisateur, une action, une valeur...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="175" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="182" />
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="188" />
        <source>Values before and after</source>
        <translation>Valeurs avant et après</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="192" />
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="197" />
        <source>S&amp;earch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="228" />
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="254" />
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="267" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="267" />
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>DelayEdit</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="121" />
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="122" />
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="123" />
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="138" />
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="141" />
        <source>CSV (UTF-8 or Windows-1252, comma or semicolon) or XLSX, as the creditor sent it.</source>
        <translation>CSV (UTF-8 ou Windows-1252, virgule ou point-virgule) ou XLSX, tel que le créancier l'a envoyé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="146" />
        <source>Debtors</source>
        <translation>Débiteurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="147" />
        <source>Claims</source>
        <translation>Créances</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="148" />
        <source>Defaults (failure stages)</source>
        <translation>Défaillances (étapes)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="149" />
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="150" />
        <source>Past calls</source>
        <translation>Appels passés</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="154" />
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="157" />
        <source>(from the profile, or the only one)</source>
        <translation>(celui du profil, ou le seul)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="161" />
        <source>(none: our canonical column names)</source>
        <translation>(aucun : nos noms de colonnes)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="169" />
        <source>&amp;Kind of file:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="170" />
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="171" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="172" />
        <source>Mapping &amp;profile:</source>
        <translation>Profil de &amp;correspondance :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="208" />
        <source>Creditor file</source>
        <translation>Fichier du créancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="210" />
        <source>Creditor files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers du créancier (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="249" />
        <source>Reading the file...</source>
        <translation>Lecture du fichier...</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="99" />
        <source>Import a creditor file</source>
        <translation>Importer un fichier du créancier</translation>
    </message>
</context>
<context>
    <name>ImportsScreen</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/imports_screen.py" line="36" />
        <source>Creditor files</source>
        <translation>Fichiers du créancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/imports_screen.py" line="37" />
        <source>&amp;Import a file...</source>
        <translation>&amp;Importer un fichier...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/imports_screen.py" line="38" />
        <source>Import a creditor file</source>
        <translation>Importer un fichier du créancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/imports_screen.py" line="42" />
        <source>Debtors, claims, defaults, payments or past calls, in CSV or XLSX. The wizard detects the encoding and the delimiter, maps the columns (saved as a profile), checks every row in a dry run, then imports the file in one transaction.</source>
        <translation>Débiteurs, créances, défaillances, paiements ou appels passés, en CSV ou XLSX. L'assistant détecte l'encodage et le séparateur, fait correspondre les colonnes (enregistrées dans un profil), vérifie chaque ligne à blanc, puis importe le fichier en une seule transaction.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="264" />
        <source>Check the file and map its columns</source>
        <translation>Vérifier le fichier et faire correspondre ses colonnes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="267" />
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="271" />
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="272" />
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="344" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="274" />
        <source>&amp;Read again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="277" />
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="280" />
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="282" />
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="282" />
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="282" />
        <source>Our column</source>
        <translation>Notre colonne</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="289" />
        <source>profile name, e.g. caf-claims</source>
        <translation>nom du profil, p. ex. caf-indus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="290" />
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="291" />
        <source>&amp;Save as profile</source>
        <translation>Enregistrer le &amp;profil</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="299" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="300" />
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="342" />
        <source>Excel workbook, sheet %1</source>
        <translation>Classeur Excel, feuille %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="346" />
        <source>CSV, encoding %1, delimiter %2</source>
        <translation>CSV, encodage %1, séparateur %2</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="351" />
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="373" />
        <source>Our column for %1</source>
        <translation>Notre colonne pour %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="374" />
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="388" />
        <source>Reading the file...</source>
        <translation>Lecture du fichier...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="432" />
        <source>Required columns not mapped: %1</source>
        <translation>Colonnes obligatoires sans correspondance : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="435" />
        <source>Mapped twice: %1</source>
        <translation>Choisies deux fois : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="441" />
        <source>Every required column is mapped (marked *).</source>
        <translation>Toutes les colonnes obligatoires (marquées *) ont une correspondance.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="469" />
        <source>Type a profile name (letters, digits, '-' or '_').</source>
        <translation>Saisissez un nom de profil (lettres, chiffres, « - » ou « _ »).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="482" />
        <source>Profile saved: %1</source>
        <translation>Profil enregistré : %1</translation>
    </message>
</context>
<context>
    <name>QueueSettingsScreen</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="185" />
        <source>&amp;Priority</source>
        <translation>&amp;Priorités</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="186" />
        <source>Re&amp;tries and caps</source>
        <translation>&amp;Relances et plafonds</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="187" />
        <source>&amp;Queues and agents</source>
        <translation>&amp;Files et téléconseillers</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="188" />
        <source>Calling &amp;hours</source>
        <translation>&amp;Heures d'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="190" />
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="191" />
        <source>Save the priority, retry and cap settings (Ctrl+S)</source>
        <translation>Enregistrer les priorités, relances et plafonds (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="192" />
        <source>Re&amp;vert</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="225" />
        <source>Stage weights</source>
        <translation>Poids des étapes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="227" />
        <source>Order</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="227" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="227" />
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="239" />
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="244" />
        <source>Stage &amp;up</source>
        <translation>Étape plus &amp;haut</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="245" />
        <source>Stage do&amp;wn</source>
        <translation>Étape plus &amp;bas</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="249" />
        <source>Higher weight is called first.</source>
        <translation>Le poids le plus fort est appelé en premier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="253" />
        <source>Within a stage</source>
        <translation>Dans une étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="261" />
        <source>Formal-notice deadline</source>
        <translation>Échéance de mise en demeure</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="262" />
        <source>Limitation date</source>
        <translation>Date de prescription</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="263" />
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="264" />
        <source>Age of the default</source>
        <translation>Ancienneté de la défaillance</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="266" />
        <source>Attempts so far (minus)</source>
        <translation>Tentatives déjà faites (en moins)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="277" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="281" />
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="284" />
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="284" />
        <source>horizon (days)</source>
        <translation>horizon (jours)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="301" />
        <source>Retry rules</source>
        <translation>Règles de relance</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="303" />
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="303" />
        <source>Call again after</source>
        <translation>Rappeler après</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="303" />
        <source>Maximum attempts</source>
        <translation>Tentatives au plus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="315" />
        <source>Delay after %1</source>
        <translation>Délai après %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="321" />
        <source>Maximum attempts after %1</source>
        <translation>Tentatives au plus après %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="329" />
        <source>Caps per file</source>
        <translation>Plafonds par dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="337" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="339" />
        <source>Attempts per &amp;day:</source>
        <translation>Tentatives par &amp;jour :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="340" />
        <source>Attempts per &amp;7 days:</source>
        <translation>Tentatives sur &amp;7 jours :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="341" />
        <source>Personal call-back kept for:</source>
        <translation>Rappel personnel réservé pendant :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="348" />
        <source>An organisation's own caps apply when they are stricter. Exhausting the attempts of an outcome, or a refusal, ends the amicable phase.</source>
        <translation>Les plafonds propres à un organisme s'appliquent s'ils sont plus stricts. Épuiser les tentatives d'une issue, ou un refus, met fin à la phase amiable.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="363" />
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="365" />
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="401" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="365" />
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="365" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="365" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="368" />
        <source>&amp;Pause / resume</source>
        <translation>&amp;Suspendre / reprendre</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="371" />
        <source>Agents</source>
        <translation>Téléconseillers</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="373" />
        <source>Agent</source>
        <translation>Téléconseiller</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="373" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="373" />
        <source>Works</source>
        <translation>Travaille</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="377" />
        <source>Queues of the agent</source>
        <translation>Files du téléconseiller</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="378" />
        <source>Save &amp;assignment</source>
        <translation>Enregistrer l'affec&amp;tation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="391" />
        <source>Queues worked (none ticked: all):</source>
        <translation>Files travaillées (aucune cochée : toutes) :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="405" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="410" />
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="414" />
        <source>Save calling &amp;hours</source>
        <translation>Enregistrer les heures d'a&amp;ppel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="418" />
        <source>Ranges like 09:00-12:30, 13:30-19:00, in the debtor's own local time; public holidays of the debtor's region are closed.</source>
        <translation>Plages comme 09:00-12:30, 13:30-19:00, à l'heure locale du débiteur ; les jours fériés de sa région sont fermés.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="436" />
        <source>Queue to preview</source>
        <translation>File à prévisualiser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="438" />
        <source>Order now</source>
        <translation>Ordre actuel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="439" />
        <source>Order after the change</source>
        <translation>Ordre après la modification</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="440" />
        <source>&amp;Move to top</source>
        <translation>&amp;Mettre en tête</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="441" />
        <source>Offer the selected file first in its queue</source>
        <translation>Proposer en premier le dossier choisi dans sa file</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="458" />
        <source>Pre&amp;view:</source>
        <translation>Aper&amp;çu :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="468" />
        <source>Now (saved settings):</source>
        <translation>Maintenant (réglages enregistrés) :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="469" />
        <source>After the change (not saved yet):</source>
        <translation>Après la modification (pas encore enregistrée) :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="481" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="481" />
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="481" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="481" />
        <source>Move</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="481" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="494" />
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="508" />
        <source>Settings version %1.</source>
        <translation>Réglages, version %1.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="517" />
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="526" />
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="526" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="541" />
        <source>all queues</source>
        <translation>toutes les files</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="644" />
        <source>Not saved yet: check the preview, then Apply (Ctrl+S).</source>
        <translation>Pas encore enregistré : vérifiez l’aperçu, puis Appliquer (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="706" />
        <source>Computing the preview...</source>
        <translation>Calcul de l'aperçu...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="743" />
        <source>No change yet: both lists are the saved order.</source>
        <translation>Aucune modification : les deux listes suivent l'ordre enregistré.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="748" />
        <source>%1 of the first %2 files change place.</source>
        <translation>%1 des %2 premiers dossiers changent de place.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="768" />
        <source>No file callable now: %1</source>
        <translation>Aucun dossier appelable maintenant : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="771" />
        <source>the queue is paused</source>
        <translation>la file est en pause</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="773" />
        <source>every queue is paused</source>
        <translation>toutes les files sont en pause</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="779" />
        <source>the queue is empty</source>
        <translation>la file est vide</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="781" />
        <source>no file is waiting in the active queues</source>
        <translation>aucun dossier n'attend dans les files actives</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="806" />
        <source>outside the calling hours (they open %1)</source>
        <translation>hors des heures d'appel (ouverture le %1)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="810" />
        <source>outside the calling hours (no opening in the next three weeks)</source>
        <translation>hors des heures d'appel (aucune ouverture dans les trois semaines)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="815" />
        <source>every file waits for its retry delay, call-back or calling window (the first one at %1)</source>
        <translation>chaque dossier attend son délai de relance, son rappel ou sa plage d'appel (le premier le %1)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="819" />
        <source>every waiting file waits for its retry delay or call-back</source>
        <translation>chaque dossier en attente attend son délai de relance ou son rappel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="830" />
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="852" />
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="838" />
        <source>%1 (from %2)</source>
        <translation>%1 (à partir du %2)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="867" />
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="880" />
        <source>Saved as version %1: agents get the new order at their next call.</source>
        <translation>Enregistré (version %1) : les téléconseillers ont le nouvel ordre dès leur prochain appel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="894" />
        <source>Changes discarded.</source>
        <translation>Modifications abandonnées.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="921" />
        <source>Choose a queue first.</source>
        <translation>Choisissez d'abord une file.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="924" />
        <source>Queue %1 paused.</source>
        <translation>File %1 suspendue.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="924" />
        <source>Queue %1 resumed.</source>
        <translation>File %1 reprise.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="961" />
        <source>Assignment saved.</source>
        <translation>Affectation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="990" />
        <source>Calling hours saved.</source>
        <translation>Heures d'appel enregistrées.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="998" />
        <source>Choose a file in the preview first.</source>
        <translation>Choisissez d'abord un dossier dans l'aperçu.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/queue_settings.py" line="1004" />
        <source>File %1 moved to the top of its queue.</source>
        <translation>Dossier %1 mis en tête de sa file.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="50" />
        <source>Reports for the creditor</source>
        <translation>Comptes rendus au créancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="60" />
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="61" />
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="63" />
        <source>Every organisation (one set each)</source>
        <translation>Chaque organisme (un jeu de fichiers chacun)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="65" />
        <source>Fol&amp;der...</source>
        <translation>&amp;Dossier...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="68" />
        <source>Export the &amp;monthly report</source>
        <translation>Exporter le compte rendu &amp;mensuel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="71" />
        <source>Export the call &amp;outcomes</source>
        <translation>Exporter les iss&amp;ues d'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="76" />
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="85" />
        <source>Mont&amp;h:</source>
        <translation>Moi&amp;s :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="86" />
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="87" />
        <source>Organi&amp;sation:</source>
        <translation>Or&amp;ganisme :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="93" />
        <source>Folde&amp;r:</source>
        <translation>Dossie&amp;r :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="95" />
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="114" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="127" />
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/reports.py" line="145" />
        <source>%1 files written.</source>
        <translation>%1 fichiers écrits.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="496" />
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="497" />
        <source>Every row is checked; nothing is written to the database.</source>
        <translation>Chaque ligne est vérifiée ; rien n'est écrit dans la base.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="499" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="502" />
        <source>The file goes in as one transaction: a cancel leaves the database as it was.</source>
        <translation>Le fichier entre en une seule transaction : un arrêt laisse la base telle qu'elle était.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="507" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="509" />
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="513" />
        <source>&amp;Start the dry run</source>
        <translation>&amp;Lancer l'essai à blanc</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="513" />
        <source>&amp;Import now</source>
        <translation>&amp;Importer maintenant</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="520" />
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="668" />
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="522" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="522" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="522" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="526" />
        <source>Save the &amp;rejected rows...</source>
        <translation>Enregistrer les lignes &amp;rejetées...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="581" />
        <source>Working...</source>
        <translation>Traitement en cours...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="601" />
        <source>Stopping...</source>
        <translation>Arrêt en cours...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="620" />
        <source>Stopped: nothing was written.</source>
        <translation>Arrêté : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="633" />
        <source>Dry run: %1 rows would go in (%2 new, %3 changed, %4 unchanged), %5 rejected.</source>
        <translation>Essai à blanc : %1 lignes entreraient (%2 nouvelles, %3 modifiées, %4 inchangées), %5 rejetées.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="639" />
        <source>Imported: %1 rows went in (%2 new, %3 changed, %4 unchanged), %5 rejected.</source>
        <translation>Importé : %1 lignes sont entrées (%2 nouvelles, %3 modifiées, %4 inchangées), %5 rejetées.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="649" />
        <source>(%1 more errors not listed)</source>
        <translation>(%1 autres erreurs non listées)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="670" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/import_wizard.py" line="691" />
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/common.py" line="25" />
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/screens.py" line="51" />
        <source>Queue &amp;settings</source>
        <translation>Réglages des fi&amp;les</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/screens.py" line="63" />
        <source>&amp;Imports and reports</source>
        <translation>&amp;Imports et comptes rendus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/screens.py" line="69" />
        <source>Audit lo&amp;g</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/screens.py" line="75" />
        <source>&amp;Users and teams</source>
        <translation>&amp;Utilisateurs et équipes</translation>
    </message>
</context>
</TS>