<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="106"/>
        <source>%1 months, %2 a month, %3 in all, agreed by %4 on %5.</source>
        <translation>%1 mois, %2 par mois, %3 au total, convenu par %4 le %5.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="117"/>
        <source>Claims</source>
        <translation>Créances</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="120"/>
        <source>Agent&apos;s justification</source>
        <translation>Justification de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="125"/>
        <source>none given</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="142"/>
        <source>Plans waiting for approval</source>
        <translation>Échéanciers en attente de validation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="151"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="156"/>
        <source>Reason (required to reject; the agent reads it). Ctrl+Enter approves.</source>
        <translation>Motif (obligatoire pour refuser ; l&apos;agent le lira). Ctrl+Entrée valide.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="159"/>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="192"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="160"/>
        <source>&amp;Approve</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="161"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="163"/>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="191"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="165"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="188"/>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="189"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="190"/>
        <source>Debtor</source>
        <translation>Débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="195"/>
        <source>Recent decisions</source>
        <translation>Décisions récentes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="203"/>
        <source>Recent &amp;decisions</source>
        <translation>&amp;Décisions récentes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="262"/>
        <source>Plans waiting for approval: %1</source>
        <translation>Échéanciers en attente de validation : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="277"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="300"/>
        <source>No plan is waiting.</source>
        <translation>Aucun échéancier en attente.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="312"/>
        <source>Give the reason of the rejection: the agent reads it.</source>
        <translation>Indiquez le motif du refus : l&apos;agent le lira.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="323"/>
        <source>Plan of %1 approved.</source>
        <translation>Échéancier de %1 validé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="326"/>
        <source>Plan of %1 rejected; the file goes back to the queue.</source>
        <translation>Échéancier de %1 refusé ; le dossier retourne dans la file.</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="54"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="55"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="63"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="56"/>
        <source>Debtor</source>
        <translation>Débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="57"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="58"/>
        <source>Reached</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="59"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="61"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="62"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="60"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="82"/>
        <source> · long plan</source>
        <translation> · échéancier long</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="89"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="91"/>
        <source>To review: %1</source>
        <translation>À revoir : %1</translation>
    </message>
</context>
<context>
    <name>KpiExport</name>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_export.py" line="182"/>
        <source>Reachability: files with a right-party call / files attempted. Effectiveness: files with a plan, a promise or already paid on a right-party call / files reached. References: 60 % and 73 % (family-benefit network).</source>
        <translation>Joignabilité : dossiers avec un appel débiteur joint / dossiers tentés. Efficacité : dossiers avec échéancier, promesse ou déjà payé lors d&apos;un appel débiteur joint / dossiers joints. Références : 60 % et 73 % (réseau des CAF).</translation>
    </message>
</context>
<context>
    <name>KpiScreen</name>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="64"/>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="65"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="66"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="67"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="68"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="69"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="70"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="71"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="72"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="145"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="146"/>
        <source>Export &amp;XLSX</source>
        <translation>Exporter en &amp;XLSX</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="147"/>
        <source>Export &amp;PDF</source>
        <translation>Exporter en &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="153"/>
        <source>&amp;Cut by</source>
        <translation>&amp;Découper par</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="161"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="162"/>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="163"/>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="164"/>
        <source>Sta&amp;ge</source>
        <translation>Éta&amp;pe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="165"/>
        <source>&amp;Queue</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="172"/>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="406"/>
        <source>Reachability</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="173"/>
        <source>Effectiveness when reached</source>
        <translation>Efficacité (débiteurs joints)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="174"/>
        <source>Contact rate per call</source>
        <translation>Taux de contact par appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="175"/>
        <source>Calls per agent-hour</source>
        <translation>Appels par heure-agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="176"/>
        <source>Average handle time</source>
        <translation>Durée moyenne de traitement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="177"/>
        <source>Promises / plans kept</source>
        <translation>Promesses / échéanciers tenus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="178"/>
        <source>Amount secured</source>
        <translation>Montant sécurisé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="179"/>
        <source>Collected amicable / litigation</source>
        <translation>Encaissé amiable / contentieux</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="180"/>
        <source>Formal notices avoided</source>
        <translation>Mises en demeure évitées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="190"/>
        <source>Figures by cut</source>
        <translation>Chiffres par découpage</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="198"/>
        <source>Rates</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="199"/>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="200"/>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="422"/>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="426"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="207"/>
        <source>KPI chart</source>
        <translation>Graphique des indicateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="213"/>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="288"/>
        <source>Computing...</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="314"/>
        <source>No call in this period for these filters.</source>
        <translation>Aucun appel sur cette période pour ces filtres.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="339"/>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="353"/>
        <source>%1 of %2 files · reference 60 %</source>
        <translation>%1 dossiers sur %2 · référence 60 %</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="359"/>
        <source>%1 files · reference 73 %</source>
        <translation>%1 dossiers · référence 73 %</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="363"/>
        <source>%1 of %2 calls</source>
        <translation>%1 appels sur %2</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="368"/>
        <source>reference about 10</source>
        <translation>référence : environ 10</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="370"/>
        <source>min:s</source>
        <translation>min:s</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="377"/>
        <source>litigation: %1</source>
        <translation>contentieux : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="332"/>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="398"/>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="498"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="407"/>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="408"/>
        <source>Contact rate</source>
        <translation>Taux de contact</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="411"/>
        <source>Rates (%) - dashed: references 60 % and 73 %</source>
        <translation>Taux (%) - pointillés : références 60 % et 73 %</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="414"/>
        <source>Secured</source>
        <translation>Sécurisé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="415"/>
        <source>Collected (amicable)</source>
        <translation>Encaissé (amiable)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="416"/>
        <source>Collected (litigation)</source>
        <translation>Encaissé (contentieux)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="419"/>
        <source>Amounts (%1)</source>
        <translation>Montants (%1)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="423"/>
        <source>Right-party calls</source>
        <translation>Appels débiteur joint</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="457"/>
        <source>Reference %1 %</source>
        <translation>Référence %1 %</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="485"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="486"/>
        <source>cut by: %1</source>
        <translation>découpage : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="493"/>
        <source>telerecouv - KPIs</source>
        <translation>telerecouv - indicateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="509"/>
        <source>Export the KPIs</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="516"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="525"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="532"/>
        <source>Exporting...</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="538"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi.py" line="548"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="32"/>
        <source>Cut</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="35"/>
        <source>Files attempted</source>
        <translation>Dossiers tentés</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="39"/>
        <source>Files reached</source>
        <translation>Dossiers joints</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="43"/>
        <source>Reachability</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="48"/>
        <source>Files effective</source>
        <translation>Dossiers efficaces</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="53"/>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="56"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="59"/>
        <source>Right-party calls</source>
        <translation>Appels débiteur joint</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="64"/>
        <source>Contact rate (per call)</source>
        <translation>Taux de contact (par appel)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="69"/>
        <source>Promises kept</source>
        <translation>Promesses tenues</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="73"/>
        <source>Plans kept</source>
        <translation>Échéanciers tenus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="77"/>
        <source>Amount secured</source>
        <translation>Montant sécurisé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="82"/>
        <source>Collected (amicable)</source>
        <translation>Encaissé (amiable)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="87"/>
        <source>Collected (litigation)</source>
        <translation>Encaissé (contentieux)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="92"/>
        <source>Formal notices avoided</source>
        <translation>Mises en demeure évitées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="97"/>
        <source>Calls per agent-hour</source>
        <translation>Appels par heure-agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="102"/>
        <source>Average handle time</source>
        <translation>Durée moyenne de traitement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/kpi_model.py" line="177"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="49"/>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="50"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="51"/>
        <source>Debtor</source>
        <translation>Débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="52"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="53"/>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/approvals.py" line="54"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="39"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="40"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="41"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="42"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="43"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="44"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="45"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="51"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="53"/>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="400"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="401"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="402"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="404"/>
        <source>Reached</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="408"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="411"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="414"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="419"/>
        <source>Selected for review</source>
        <translation>Sélectionné pour revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="423"/>
        <source>Script path</source>
        <translation>Parcours du script</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="428"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="433"/>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="437"/>
        <source>%1 months, %2 a month, %3 in all (%4)</source>
        <translation>%1 mois, %2 par mois, %3 au total (%4)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="445"/>
        <source>Justification:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="447"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="452"/>
        <source>no notes</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="455"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="459"/>
        <source>%1/10 by %2</source>
        <translation>%1/10 par %2</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="95"/>
        <location filename="../../telerecouv/ui/lead/review.py" line="96"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="101"/>
        <source>e.g. 500</source>
        <translation>ex. 500</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="103"/>
        <source>Plans over 24 &amp;months</source>
        <translation>Échéanciers de plus de 24 &amp;mois</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="104"/>
        <source>Re&amp;fusals</source>
        <translation>Re&amp;fus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="105"/>
        <source>To re&amp;view only</source>
        <translation>À re&amp;voir seulement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="107"/>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Rechercher dans les notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="109"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="114"/>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="116"/>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="118"/>
        <source>Sta&amp;ge</source>
        <translation>Éta&amp;pe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="120"/>
        <source>Reac&amp;hed</source>
        <translation>&amp;Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="122"/>
        <source>Res&amp;ult</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="124"/>
        <source>Balance &amp;at least</source>
        <translation>Solde &amp;minimum</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="164"/>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="166"/>
        <source>What went well, what to coach</source>
        <translation>Ce qui a bien marché, ce qui est à travailler</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="168"/>
        <source>Save the &amp;review</source>
        <translation>Enregistrer la &amp;revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="170"/>
        <source>Quality review</source>
        <translation>Revue qualité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="172"/>
        <source>S&amp;core:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="173"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;ommentaire :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="187"/>
        <source>Pre-select the week&apos;s calls</source>
        <translation>Présélectionner les appels de la semaine</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="191"/>
        <source>A random sample of calls per agent, every refusal and every plan over 24 months of the week are added to the calls to review.</source>
        <translation>Un échantillon aléatoire d&apos;appels par agent, tous les refus et tous les échéanciers de plus de 24 mois de la semaine sont ajoutés aux appels à revoir.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="197"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="199"/>
        <source>calls per agent</source>
        <translation>appels par agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="286"/>
        <source>Balance at least: %1</source>
        <translation>Solde minimum : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="292"/>
        <source>Counting...</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="302"/>
        <source>%1 calls</source>
        <translation>%1 appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="329"/>
        <source>Choose a call to see its detail.</source>
        <translation>Choisissez un appel pour en voir le détail.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="347"/>
        <source>Review saved.</source>
        <translation>Revue enregistrée.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="374"/>
        <source>%1 calls of the week of %2 added to the calls to review.</source>
        <translation>%1 appels de la semaine du %2 ajoutés aux appels à revoir.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../telerecouv/ui/lead/common.py" line="29"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <location filename="../../telerecouv/ui/lead/filters.py" line="24"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
</context>
<context>
    <name>lead</name>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="21"/>
        <source>Weekly sample</source>
        <translation>Échantillon de la semaine</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="22"/>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="23"/>
        <source>Plan over 24 months</source>
        <translation>Échéancier de plus de 24 mois</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="24"/>
        <source>Chosen by hand</source>
        <translation>Choisi à la main</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/screens.py" line="31"/>
        <source>Outcome &amp;review</source>
        <translation>&amp;Revue des appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/screens.py" line="37"/>
        <source>&amp;Plans to approve</source>
        <translation>Échéanciers à &amp;valider</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/screens.py" line="42"/>
        <source>&amp;KPIs</source>
        <translation>&amp;Indicateurs</translation>
    </message>
</context>
</TS>
