<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../telerecouv/ui/app.py" line="78" />
        <source>Opening the database %1...</source>
        <translation>Ouverture de la base %1…</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/app.py" line="118" />
        <source>Unexpected error while opening the database: %1</source>
        <translation>Erreur inattendue à l'ouverture de la base : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/app.py" line="123" />
        <source>telerecouv - database</source>
        <translation>telerecouv – base de données</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="41" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="41" />
        <source>Queue</source>
        <translation>File d'appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="41" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="41" />
        <source>In call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="43" />
        <source>Queues</source>
        <translation>Files d'appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="47" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="56" />
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="29" />
        <source>telerecouv - Log in</source>
        <translation>telerecouv – Connexion</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="33" />
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="36" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="40" />
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="46" />
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="47" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="51" />
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="52" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="57" />
        <source>Telephone debt recovery</source>
        <translation>Télérecouvrement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="68" />
        <source>Type your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="80" />
        <source>Checking...</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="91" />
        <source>Unknown login or wrong password.</source>
        <translation>Identifiant inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/login.py" line="95" />
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="82" />
        <source>telerecouv - %1</source>
        <translation>telerecouv – %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="88" />
        <source>Hello %1 (%2)</source>
        <translation>Bonjour %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="95" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="96" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="100" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="103" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="104" />
        <source>&amp;About telerecouv</source>
        <translation>À &amp;propos de telerecouv</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="108" />
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="141" />
        <source>Scheduled jobs: run by the server (telerecouv worker)</source>
        <translation>Tâches planifiées : exécutées par le serveur (telerecouv worker)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="144" />
        <source>Scheduled jobs: starting on this workstation...</source>
        <translation>Tâches planifiées : démarrage sur ce poste...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="146" />
        <source>Scheduled jobs: run on this workstation</source>
        <translation>Tâches planifiées : exécutées sur ce poste</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="147" />
        <source>Scheduled jobs: run by another workstation on this database</source>
        <translation>Tâches planifiées : exécutées par un autre poste sur cette base</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="158" />
        <source>Expired leases, payment matching, limitation alerts, the import folder and KPI roll-ups are swept by the central worker; this workstation only reminds its agent of call-backs.</source>
        <translation>Baux expirés, rapprochement des paiements, alertes de prescription, dossier d'import et agrégats des indicateurs sont traités par le serveur central ; ce poste se contente de prévenir son agent de ses rappels.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="163" />
        <source>Embedded database: the application itself sweeps expired leases, matches payments, raises limitation alerts, imports the drop folder and rolls up KPIs (one application at a time per database).</source>
        <translation>Base embarquée : l'application elle-même libère les baux expirés, rapproche les paiements, signale les prescriptions proches, importe le dossier de dépôt et agrège les indicateurs (une seule application à la fois par base).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="208" />
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="216" />
        <source>About telerecouv</source>
        <translation>À propos de telerecouv</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="211" />
        <source>telerecouv %1 - telephone debt recovery workbench</source>
        <translation>telerecouv %1 – poste de travail de télérecouvrement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="178" />
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/main_window.py" line="180" />
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="13" />
        <source>New claim, no rights</source>
        <translation>Mise en indu, sans droit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="14" />
        <source>Default M+1</source>
        <translation>Défaillance M+1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="15" />
        <source>Default M+2</source>
        <translation>Défaillance M+2</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="16" />
        <source>End of rights</source>
        <translation>Fin de droits</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="17" />
        <source>Broken plan</source>
        <translation>Échéancier non respecté</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="18" />
        <source>Broken promise</source>
        <translation>Promesse non tenue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="27" />
        <source>Agent</source>
        <translation>Téléconseiller</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="28" />
        <source>Team lead</source>
        <translation>Chef d'équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="29" />
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="30" />
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="36" />
        <source>Debtor reached</source>
        <translation>Débiteur joint</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="37" />
        <source>Third party reached</source>
        <translation>Tiers joint</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="38" />
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="39" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="40" />
        <source>Voicemail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="41" />
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="42" />
        <source>Invalid number</source>
        <translation>Numéro invalide</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="48" />
        <source>Payment plan agreed</source>
        <translation>Échéancier accordé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="49" />
        <source>Full payment promised</source>
        <translation>Paiement total promis</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="52" />
        <source>Already paid</source>
        <translation>Déjà payé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="53" />
        <source>Partial payment promised</source>
        <translation>Paiement partiel promis</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="56" />
        <source>Call-back requested</source>
        <translation>Rappel demandé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="57" />
        <source>Dispute</source>
        <translation>Contestation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="58" />
        <source>Debt relief requested</source>
        <translation>Remise de dette demandée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="59" />
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="60" />
        <source>Social referral</source>
        <translation>Orientation sociale</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="69" />
        <source>Awaiting approval</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="72" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="73" />
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="74" />
        <source>Completed</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="75" />
        <source>Broken</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/labels.py" line="76" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
</TS>