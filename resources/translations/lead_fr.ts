<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CallTableModel</name>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="67"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="75"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="68"/>
        <source>Debtor</source>
        <translation>Débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="69"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="70"/>
        <source>Reached</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="71"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="73"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="74"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="72"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="94"/>
        <source> · long plan</source>
        <translation> · échéancier long</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="101"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="103"/>
        <source>To review: %1</source>
        <translation>À revoir : %1</translation>
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
        <location filename="../../telerecouv/ui/lead/review.py" line="394"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="395"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="396"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="398"/>
        <source>Reached</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="402"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="405"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="408"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="413"/>
        <source>Selected for review</source>
        <translation>Sélectionné pour revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="417"/>
        <source>Script path</source>
        <translation>Parcours du script</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="426"/>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="430"/>
        <source>%1 months, %2 a month, %3 in all (%4)</source>
        <translation>%1 mois, %2 par mois, %3 au total (%4)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="438"/>
        <source>Justification:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="440"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="447"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="451"/>
        <source>%1/10 by %2</source>
        <translation>%1/10 par %2</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="90"/>
        <location filename="../../telerecouv/ui/lead/review.py" line="91"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="96"/>
        <source>e.g. 500</source>
        <translation>ex. 500</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="98"/>
        <source>Plans over 24 &amp;months</source>
        <translation>Échéanciers de plus de 24 &amp;mois</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="99"/>
        <source>Re&amp;fusals</source>
        <translation>Re&amp;fus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="100"/>
        <source>To re&amp;view only</source>
        <translation>À re&amp;voir seulement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="102"/>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Rechercher dans les notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="104"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="109"/>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="111"/>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="113"/>
        <source>Sta&amp;ge</source>
        <translation>Éta&amp;pe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="115"/>
        <source>Reac&amp;hed</source>
        <translation>&amp;Joignabilité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="117"/>
        <source>Res&amp;ult</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="119"/>
        <source>Balance &amp;at least</source>
        <translation>Solde &amp;minimum</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="159"/>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="161"/>
        <source>What went well, what to coach</source>
        <translation>Ce qui a bien marché, ce qui est à travailler</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="163"/>
        <source>Save the &amp;review</source>
        <translation>Enregistrer la &amp;revue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="165"/>
        <source>Quality review</source>
        <translation>Revue qualité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="167"/>
        <source>S&amp;core:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="168"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;ommentaire :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="182"/>
        <source>Pre-select the week&apos;s calls</source>
        <translation>Présélectionner les appels de la semaine</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="186"/>
        <source>A random sample of calls per agent, every refusal and every plan over 24 months of the week are added to the calls to review.</source>
        <translation>Un échantillon aléatoire d&apos;appels par agent, tous les refus et tous les échéanciers de plus de 24 mois de la semaine sont ajoutés aux appels à revoir.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="192"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="194"/>
        <source>calls per agent</source>
        <translation>appels par agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="280"/>
        <source>Balance at least: %1</source>
        <translation>Solde minimum : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="286"/>
        <source>Counting...</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="296"/>
        <source>%1 calls</source>
        <translation>%1 appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="323"/>
        <source>Choose a call to see its detail.</source>
        <translation>Choisissez un appel pour en voir le détail.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="341"/>
        <source>Review saved.</source>
        <translation>Revue enregistrée.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review.py" line="368"/>
        <source>%1 calls of the week of %2 added to the calls to review.</source>
        <translation>%1 appels de la semaine du %2 ajoutés aux appels à revoir.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../telerecouv/ui/lead/common.py" line="28"/>
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
        <location filename="../../telerecouv/ui/lead/review_model.py" line="31"/>
        <source>waiting for approval</source>
        <translation>en attente de validation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="32"/>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="33"/>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="34"/>
        <source>completed</source>
        <translation>soldé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="35"/>
        <source>broken</source>
        <translation>rompu</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/lead/review_model.py" line="36"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
</TS>
