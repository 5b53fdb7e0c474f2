<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="188" />
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="192" />
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="194" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="196" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="198" />
        <source>Country (two letters)</source>
        <translation>Pays (deux lettres)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="202" />
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="203" />
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="204" />
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="205" />
        <source>C&amp;ountry:</source>
        <translation>P&amp;ays :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="213" />
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="214" />
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="215" />
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="216" />
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="221" />
        <source>Missing: %1.</source>
        <translation>Manque : %1.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="232" />
        <source>Local time at this address: %1</source>
        <translation>Heure locale à cette adresse : %1</translation>
    </message>
</context>
<context>
    <name>AgentScreen</name>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="110" />
        <location filename="../../telerecouv/ui/agent/workspace.py" line="987" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="130" />
        <source>No call in progress</source>
        <translation>Aucun appel en cours</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="133" />
        <source>Call duration</source>
        <translation>Durée de l'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="135" />
        <source>Next call (F5)</source>
        <translation>Appel suivant (F5)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="136" />
        <source>Take the next call</source>
        <translation>Prendre l'appel suivant</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="169" />
        <source>Confirmation text for SMS or e-mail</source>
        <translation>Texte de confirmation pour SMS ou e-mail</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="174" />
        <source>Copy the text (Ctrl+Shift+C)</source>
        <translation>Copier le texte (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="193" />
        <source>History of the file</source>
        <translation>Historique du dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="200" />
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="201" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="215" />
        <source>Outcome (F4)</source>
        <translation>Issue (F4)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="216" />
        <source>Plan (F7)</source>
        <translation>Échéancier (F7)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="217" />
        <source>Promise (F8)</source>
        <translation>Promesse (F8)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="218" />
        <source>Relief (F9)</source>
        <translation>Remise (F9)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="243" />
        <source>Lease on the file</source>
        <translation>Réservation du dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="357" />
        <source>Call-back due at %1: %2 (%3)</source>
        <translation>Rappel prévu à %1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="364" />
        <source>It comes first when you press F5.</source>
        <translation>Il passe en premier quand vous appuyez sur F5.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="376" />
        <source>The call scripts could not be read: %1</source>
        <translation>Les scripts d'appel n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="401" />
        <source>The call that was open when the application stopped has been reopened with your notes: finish it and save it.</source>
        <translation>L'appel ouvert à l'arrêt de l'application a été rouvert avec vos notes : terminez-le et enregistrez-le.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="419" />
        <source>Waiting: %1 · Call-backs due today: %2</source>
        <translation>En attente : %1 · Rappels du jour : %2</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="433" />
        <source>Looking for the next file...</source>
        <translation>Recherche du dossier suivant...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="442" />
        <source>No file to call now. Try again in a moment (F5).</source>
        <translation>Aucun dossier à appeler maintenant. Réessayez dans un instant (F5).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="484" />
        <source>In call: %1 (%2)</source>
        <translation>En appel : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="491" />
        <source>Lease: checking...</source>
        <translation>Réservation : vérification...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="541" />
        <source>Loading the scripts...</source>
        <translation>Chargement des scripts...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="585" />
        <source>Your notes could not be saved on this workstation: %1</source>
        <translation>Vos notes n'ont pas pu être enregistrées sur ce poste : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="644" />
        <source>Plan: %1 x %2</source>
        <translation>Échéancier : %1 x %2</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="649" />
        <source>Plan: open the calculator (F7) and agree it.</source>
        <translation>Échéancier : ouvrez le calcul (F7) et validez-le.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="652" />
        <source>Promise recorded with the call</source>
        <translation>Promesse enregistrée avec l'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="654" />
        <source>Promise: fill the form (F8).</source>
        <translation>Promesse : remplissez le formulaire (F8).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="658" />
        <source>Relief request recorded with the call</source>
        <translation>Demande de remise enregistrée avec l'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="660" />
        <source>Relief: fill the form (F9).</source>
        <translation>Remise : remplissez le formulaire (F9).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="680" />
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="680" />
        <source>file</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="696" />
        <source>Lease until %1</source>
        <translation>Réservé jusqu'à %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="702" />
        <source>Lease lost</source>
        <translation>Réservation perdue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="705" />
        <source>This file is no longer reserved for you (the lease expired). Your call is kept: save it as usual.</source>
        <translation>Ce dossier ne vous est plus réservé (la réservation a expiré). Votre appel est conservé : enregistrez-le normalement.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="711" />
        <source>Lease: database not answering</source>
        <translation>Réservation : la base ne répond pas</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="724" />
        <source>Choose who answered (F4, then a digit).</source>
        <translation>Indiquez qui a répondu (F4, puis un chiffre).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="740" />
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="760" />
        <source>Call kept on this workstation: the database is newer than this application. Have this workstation updated; the call is sent once it matches.</source>
        <translation>Appel conservé sur ce poste : la base est plus récente que l'application. Faites mettre à jour ce poste ; l'appel sera envoyé dès que les versions correspondront.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="764" />
        <source>Call kept on this workstation (database not answering).</source>
        <translation>Appel conservé sur ce poste (la base ne répond pas).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="767" />
        <source>Call saved.</source>
        <translation>Appel enregistré.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="771" />
        <source>Relief request sent to: %1</source>
        <translation>Demande de remise transmise à : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="775" />
        <source>The plan waits for a team lead's approval.</source>
        <translation>L'échéancier attend la validation d'un chef d'équipe.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="784" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="792" />
        <source>Unexpected error, nothing was lost: %1</source>
        <translation>Erreur inattendue, rien n'est perdu : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="819" />
        <source>No call in progress: press F5.</source>
        <translation>Aucun appel en cours : appuyez sur F5.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="827" />
        <source>Confirmation letter: being written...</source>
        <translation>Courrier de confirmation : rédaction en cours...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="839" />
        <source>The letter is written once a team lead approves the plan.</source>
        <translation>Le courrier sera rédigé quand un chef d'équipe aura validé l'échéancier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="843" />
        <source>Confirmation letter: %1</source>
        <translation>Courrier de confirmation : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="848" />
        <source>The letter could not be written: %1</source>
        <translation>Le courrier n'a pas pu être rédigé : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="854" />
        <source>Confirmation text copied.</source>
        <translation>Texte de confirmation copié.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="879" />
        <source>%1 call(s) kept on this workstation reached the database.</source>
        <translation>%1 appel(s) conservé(s) sur ce poste enregistré(s) dans la base.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="892" />
        <source>The database is newer than this application: %1 call(s) kept on this workstation. Have the workstation updated; they are sent as soon as the versions match. You can go on working.</source>
        <translation>La base est plus récente que l'application : %1 appel(s) conservé(s) sur ce poste. Faites mettre à jour le poste ; ils seront envoyés dès que les versions correspondront. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="898" />
        <source>The database is not answering: %1 call(s) kept on this workstation. They are sent automatically as soon as it answers; you can go on working.</source>
        <translation>La base ne répond pas : %1 appel(s) conservé(s) sur ce poste. Ils seront envoyés automatiquement dès qu'elle répondra ; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="948" />
        <source>Remove a number</source>
        <translation>Retirer un numéro</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="949" />
        <source>Why is %1 removed (kept in the history)?</source>
        <translation>Pourquoi retirer le %1 (conservé dans l'historique) ?</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="950" />
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="980" />
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="987" />
        <source>Plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="987" />
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="988" />
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="988" />
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="991" />
        <source>No call yet.</source>
        <translation>Aucun appel pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="1006" />
        <source>%1: %2 x %3 from %4</source>
        <translation>%1 : %2 x %3 à partir du %4</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/workspace.py" line="1017" />
        <source>%1 by %2: %3</source>
        <translation>%1 pour le %2 : %3</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="51" />
        <source>Source of the information</source>
        <translation>Source de l'information</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="57" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="58" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="67" />
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="91" />
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="99" />
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>DebtorCard</name>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="80" />
        <source>Debtor file</source>
        <translation>Dossier du débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="87" />
        <source>Total due</source>
        <translation>Total dû</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="93" />
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="121" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="96" />
        <source>Formal notice deadline</source>
        <translation>Échéance de la mise en demeure</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="98" />
        <source>Limitation date</source>
        <translation>Date de prescription</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="100" />
        <source>Why this file</source>
        <translation>Pourquoi ce dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="104" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="106" />
        <source>Show the full identifier (recorded in the audit log)</source>
        <translation>Afficher l'identifiant complet (inscrit au journal d'audit)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="108" />
        <source>Show the national identifier</source>
        <translation>Afficher l'identifiant national</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="116" />
        <source>Claims</source>
        <translation>Créances</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="119" />
        <source>Claim</source>
        <translation>Créance</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="120" />
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="122" />
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="123" />
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="124" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="147" />
        <source>Born on:</source>
        <translation>Né(e) le :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="148" />
        <source>Identifier:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="150" />
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="152" />
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="154" />
        <source>Representative:</source>
        <translation>Représentant :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="157" />
        <source>Household quotient:</source>
        <translation>Quotient familial :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="180" />
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="199" />
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="199" />
        <source>Person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="206" />
        <source>Fraud flagged on a claim: no plan or relief from the workbench.</source>
        <translation>Fraude signalée sur une créance : ni échéancier ni remise depuis le poste.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="214" />
        <source>Formal notice: %1</source>
        <translation>Mise en demeure : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="219" />
        <source>Limitation: %1</source>
        <translation>Prescription : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="225" />
        <source>Why this file: %1</source>
        <translation>Pourquoi ce dossier : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/debtor_card.py" line="256" />
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="161" />
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="164" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="166" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="175" />
        <source>Expected name@domain.tld.</source>
        <translation>Format attendu : nom@domaine.fr.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="178" />
        <source>Empty: the address is removed.</source>
        <translation>Vide : l'adresse est supprimée.</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="77" />
        <source>Outcome of the call</source>
        <translation>Issue de l'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="82" />
        <source>Who answered</source>
        <translation>Qui a répondu</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="83" />
        <source>- choose (F4) -</source>
        <translation>- choisir (F4) -</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="87" />
        <source>Result of the call</source>
        <translation>Résultat de l'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="88" />
        <source>- no result -</source>
        <translation>- aucun résultat -</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="92" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="93" />
        <source>What was said (saved as you type)</source>
        <translation>Ce qui a été dit (enregistré au fil de la frappe)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="97" />
        <source>Call-back date and time, debtor's time</source>
        <translation>Date et heure du rappel, heure du débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="105" />
        <source>Who calls back</source>
        <translation>Qui rappelle</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="115" />
        <source>Save the call (Ctrl+Enter)</source>
        <translation>Enregistrer l'appel (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="117" />
        <source>Save the call</source>
        <translation>Enregistrer l'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="125" />
        <source>&amp;Reached:</source>
        <translation>&amp;Joint :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="126" />
        <source>R&amp;esult:</source>
        <translation>R&amp;ésultat :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="127" />
        <source>Call-&amp;back:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="130" />
        <source>Called back &amp;by:</source>
        <translation>Rappel &amp;par :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="133" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/outcome_form.py" line="165" />
        <source>debtor's time (%1)</source>
        <translation>heure du débiteur (%1)</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="104" />
        <source>Add a phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="108" />
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="111" />
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="127" />
        <source>%1 - %2 - local time: %3</source>
        <translation>%1 - %2 - heure locale : %3</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="134" />
        <source>Type the number as the debtor says it.</source>
        <translation>Saisissez le numéro tel que le débiteur le dicte.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="142" />
        <source>%1 is too short for a phone number.</source>
        <translation>%1 est trop court pour un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="144" />
        <source>%1 is too long for a phone number.</source>
        <translation>%1 est trop long pour un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="146" />
        <source>%1 is not a phone number.</source>
        <translation>%1 n'est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="148" />
        <source>%1 is not a valid number for %2.</source>
        <translation>%1 n'est pas un numéro valide pour %2.</translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="66" />
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="68" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="68" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="68" />
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="68" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="81" />
        <source>Call (F6)</source>
        <translation>Appeler (F6)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="82" />
        <source>Call the selected number</source>
        <translation>Appeler le numéro sélectionné</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="84" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="85" />
        <source>Copy the selected number</source>
        <translation>Copier le numéro sélectionné</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="87" />
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="88" />
        <source>Add or correct a phone number</source>
        <translation>Ajouter ou corriger un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="90" />
        <source>Remove...</source>
        <translation>Retirer...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="91" />
        <source>Remove the selected number</source>
        <translation>Retirer le numéro sélectionné</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="92" />
        <source>Wrong or dead number: keep it in the history</source>
        <translation>Numéro faux ou inactif : conservé dans l'historique</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="119" />
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/phone_list.py" line="126" />
        <source>This number cannot be dialled: correct it.</source>
        <translation>Ce numéro ne peut pas être appelé : corrigez-le.</translation>
    </message>
</context>
<context>
    <name>PlanCalculator</name>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="72" />
        <source>Payment plan calculator</source>
        <translation>Calcul de l'échéancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="80" />
        <source>Claims in the plan</source>
        <translation>Créances de l'échéancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="85" />
        <source>Number of monthly instalments</source>
        <translation>Nombre de mensualités</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="87" />
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="89" />
        <source>Monthly instalment</source>
        <translation>Mensualité</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="90" />
        <source>amount the debtor can pay each month</source>
        <translation>montant que le débiteur peut payer chaque mois</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="92" />
        <source>First due date</source>
        <translation>Première échéance</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="96" />
        <source>Means of payment</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="100" />
        <source>IBAN for the direct debit</source>
        <translation>IBAN pour le prélèvement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="102" />
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="105" />
        <source>Justification for a long plan</source>
        <translation>Justification d'un échéancier long</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="108" />
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="117" />
        <source>Agree this plan (Ctrl+Enter)</source>
        <translation>Valider cet échéancier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="119" />
        <source>Agree this plan</source>
        <translation>Valider cet échéancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="123" />
        <source>Claims:</source>
        <translation>Créances :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="124" />
        <source>Balance:</source>
        <translation>Solde :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="125" />
        <source>&amp;Months:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="126" />
        <source>Ins&amp;talment:</source>
        <translation>Men&amp;sualité :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="127" />
        <source>First &amp;due date:</source>
        <translation>Première &amp;échéance :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="128" />
        <source>Means of &amp;payment:</source>
        <translation>Moyen de &amp;paiement :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="261" />
        <source>Tick at least one claim.</source>
        <translation>Cochez au moins une créance.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="265" />
        <source>Type the instalment as 120,50.</source>
        <translation>Saisissez la mensualité sous la forme 120,50.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="277" />
        <source>Type a number of months or an instalment.</source>
        <translation>Saisissez un nombre de mois ou une mensualité.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="291" />
        <source>A SEPA direct debit needs the debtor's IBAN.</source>
        <translation>Un prélèvement SEPA nécessite l'IBAN du débiteur.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="295" />
        <source>This IBAN is not valid: check the digits.</source>
        <translation>Cet IBAN n'est pas valide : vérifiez les chiffres.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="300" />
        <source>More than %1 months: write why (at least 10 characters); a team lead approves.</source>
        <translation>Plus de %1 mois : indiquez pourquoi (10 caractères au moins) ; un chef d'équipe valide.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="308" />
        <source>Fraud: no plan can be agreed from the workbench.</source>
        <translation>Fraude : aucun échéancier ne peut être accordé depuis le poste.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="309" />
        <source>Nothing is due on the ticked claims.</source>
        <translation>Rien n'est dû sur les créances cochées.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="310" />
        <source>Choose between 1 and %1 months.</source>
        <translation>Choisissez entre 1 et %1 mois.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="313" />
        <source>The instalment cannot be under %1.</source>
        <translation>La mensualité ne peut pas être inférieure à %1.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="314" />
        <source>This instalment would need too many months.</source>
        <translation>Cette mensualité demanderait trop de mois.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="315" />
        <source>Write why this long plan is needed.</source>
        <translation>Indiquez pourquoi cet échéancier long est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="326" />
        <source>%1 x %2, from %3 to %4, total %5</source>
        <translation>%1 x %2, du %3 au %4, total %5</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="334" />
        <source>(last instalment %1)</source>
        <translation>(dernière échéance %1)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/plan_form.py" line="340" />
        <source>Longer than %1 months: a team lead must approve it.</source>
        <translation>Plus de %1 mois : un chef d'équipe doit le valider.</translation>
    </message>
</context>
<context>
    <name>PromiseForm</name>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="42" />
        <source>Payment promise</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="45" />
        <source>Amount promised</source>
        <translation>Montant promis</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="47" />
        <source>Payment date promised</source>
        <translation>Date de paiement promise</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="52" />
        <source>Record the promise</source>
        <translation>Enregistrer la promesse</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="55" />
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="56" />
        <source>&amp;Paid by:</source>
        <translation>&amp;Payé au plus tard le :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="95" />
        <source>Full payment of %1</source>
        <translation>Paiement total de %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="99" />
        <source>Partial payment</source>
        <translation>Paiement partiel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="103" />
        <source>Type the amount promised, e.g. 150,00.</source>
        <translation>Saisissez le montant promis, par ex. 150,00.</translation>
    </message>
</context>
<context>
    <name>ReliefForm</name>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="138" />
        <source>Relief request</source>
        <translation>Demande de remise</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="141" />
        <source>Only when the debtor asks for it. Never for fraud.</source>
        <translation>Uniquement à la demande du débiteur. Jamais en cas de fraude.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="147" />
        <source>Claim concerned</source>
        <translation>Créance concernée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="149" />
        <source>The debtor's request, in their words</source>
        <translation>La demande du débiteur, avec ses mots</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="155" />
        <source>Record the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="158" />
        <source>&amp;Claim:</source>
        <translation>&amp;Créance :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="159" />
        <source>&amp;Request:</source>
        <translation>&amp;Demande :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="185" />
        <source>Goes to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Transmise à : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/agreement_forms.py" line="192" />
        <source>Scale suggests %1 % (a hint, not a decision)</source>
        <translation>Le barème suggère %1 % (indication, pas une décision)</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="251" />
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="254" />
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="256" />
        <source>&amp;Name and function:</source>
        <translation>&amp;Nom et fonction :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/contact_dialogs.py" line="262" />
        <source>Type the representative's name.</source>
        <translation>Saisissez le nom du représentant.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="64" />
        <source>Call script</source>
        <translation>Script d'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="94" />
        <source>Back (Backspace)</source>
        <translation>Retour (Retour arrière)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="95" />
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="138" />
        <source>No call in progress</source>
        <translation>Aucun appel en cours</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="142" />
        <source>Press F5 to take the next call.</source>
        <translation>Appuyez sur F5 pour prendre l'appel suivant.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="162" />
        <source>No script for this file</source>
        <translation>Pas de script pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="164" />
        <source>Conduct the call freely, then record the outcome (F4).</source>
        <translation>Menez l'appel librement, puis saisissez l'issue (F4).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="238" />
        <source>Script shown instead: %1.</source>
        <translation>Script affiché à la place : %1.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="243" />
        <source>A script file is broken; tell your supervisor:</source>
        <translation>Un fichier de script est défectueux ; prévenez votre superviseur :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="245" />
        <source>You can still record the call.</source>
        <translation>Vous pouvez quand même enregistrer l'appel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/script_panel.py" line="253" />
        <source>[%1 unknown]</source>
        <translation>[%1 inconnu]</translation>
    </message>
</context>
<context>
    <name>agent</name>
    <message>
        <location filename="../../telerecouv/ui/agent/screens.py" line="67" />
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
</context>
<context>
    <name>agent_errors</name>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="23" />
        <source>The debtor was reached: choose the result (F4, Tab).</source>
        <translation>Le débiteur a été joint : choisissez le résultat (F4, Tab).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="26" />
        <source>Choose the date and time of the call-back.</source>
        <translation>Choisissez la date et l'heure du rappel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="29" />
        <source>The call-back must be later than now.</source>
        <translation>Le rappel doit être postérieur à maintenant.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="32" />
        <source>A call-back is at most 90 days ahead.</source>
        <translation>Un rappel est fixé au plus à 90 jours.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="35" />
        <source>A call-back time goes with the result 'call-back requested'.</source>
        <translation>Une heure de rappel va avec le résultat « rappel demandé ».</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="38" />
        <source>This result needs a payment plan: agree it first (F7).</source>
        <translation>Ce résultat demande un échéancier : validez-le d'abord (F7).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="41" />
        <source>This result needs a promise: fill it first (F8).</source>
        <translation>Ce résultat demande une promesse : remplissez-la d'abord (F8).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="44" />
        <source>This result needs the relief request: fill it (F9).</source>
        <translation>Ce résultat demande la demande de remise : remplissez-la (F9).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="47" />
        <source>A payment plan goes with the result 'plan agreed'.</source>
        <translation>Un échéancier va avec le résultat « échéancier accepté ».</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="50" />
        <source>A promise goes with a promise result.</source>
        <translation>Une promesse va avec un résultat de promesse.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="53" />
        <source>A relief request goes with the result 'relief requested'.</source>
        <translation>Une demande de remise va avec le résultat « remise demandée ».</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="56" />
        <source>A call-back is asked by someone who answered: the debtor or a third party.</source>
        <translation>Un rappel est demandé par quelqu'un qui a répondu : le débiteur ou un tiers.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="60" />
        <source>This result needs the debtor in person.</source>
        <translation>Ce résultat demande d'avoir joint le débiteur lui-même.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="63" />
        <source>The notes are too long.</source>
        <translation>Les notes sont trop longues.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="64" />
        <source>The call times are not consistent (check the workstation's clock).</source>
        <translation>Les heures de l'appel sont incohérentes (vérifiez l'horloge du poste).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="67" />
        <source>A time has no time zone (check the workstation's clock).</source>
        <translation>Une heure n'a pas de fuseau horaire (vérifiez l'horloge du poste).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="70" />
        <source>The call has no valid identifier: close it and take it again.</source>
        <translation>L'appel n'a pas d'identifiant valide : fermez-le et reprenez-le.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="73" />
        <source>The path through the script could not be saved (malformed).</source>
        <translation>Le parcours du script ne peut pas être enregistré (mal formé).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="76" />
        <source>This file does not belong to this debtor: take the call again.</source>
        <translation>Ce dossier n'est pas celui de ce débiteur : reprenez l'appel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="80" />
        <source>A SEPA direct debit needs the debtor's IBAN.</source>
        <translation>Un prélèvement SEPA nécessite l'IBAN du débiteur.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="83" />
        <source>This IBAN is not valid: check it with the debtor.</source>
        <translation>Cet IBAN n'est pas valide : vérifiez-le avec le débiteur.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="86" />
        <source>The first instalment cannot be due before today.</source>
        <translation>La première échéance ne peut pas tomber avant aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="89" />
        <source>The first instalment is too far away: choose an earlier date.</source>
        <translation>La première échéance est trop lointaine : choisissez une date plus proche.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="92" />
        <source>A plan this long needs a written justification (at least 10 characters); a team lead will approve it.</source>
        <translation>Un échéancier aussi long demande une justification écrite (10 caractères au moins) ; un chef d'équipe le validera.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="97" />
        <source>Choose at least one claim for the plan.</source>
        <translation>Choisissez au moins une créance pour l'échéancier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="100" />
        <source>Claim %1 is flagged as fraud: no plan and no relief from the workbench (litigation experts handle it).</source>
        <translation>La créance %1 est signalée comme frauduleuse : ni échéancier ni remise depuis le poste (le contentieux s'en charge).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="105" />
        <source>Claim %1 cannot be negotiated from the workbench.</source>
        <translation>La créance %1 ne peut pas être négociée depuis le poste.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="108" />
        <source>Claim %1 is already in a plan, active or waiting for approval.</source>
        <translation>La créance %1 est déjà dans un échéancier, actif ou en attente de validation.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="111" />
        <source>This number of months is not allowed.</source>
        <translation>Ce nombre de mois n'est pas autorisé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="114" />
        <source>The instalments would fall below the minimum instalment: choose fewer months.</source>
        <translation>Les mensualités seraient inférieures à la mensualité minimale : choisissez moins de mois.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="118" />
        <source>This instalment is below the minimum or would need too many months.</source>
        <translation>Cette mensualité est inférieure au minimum ou demanderait trop de mois.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="121" />
        <source>Nothing is owed on the chosen claims.</source>
        <translation>Rien n'est dû sur les créances choisies.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="125" />
        <source>Nothing is owed that a promise could cover.</source>
        <translation>Rien n'est dû qu'une promesse pourrait couvrir.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="128" />
        <source>The promised amount must be positive.</source>
        <translation>Le montant promis doit être positif.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="131" />
        <source>A full payment is the whole balance; record a partial payment promise otherwise.</source>
        <translation>Un paiement total correspond à tout le solde ; sinon, enregistrez une promesse de paiement partiel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="135" />
        <source>A partial payment is less than the balance; record a full payment promise otherwise.</source>
        <translation>Un paiement partiel est inférieur au solde ; sinon, enregistrez une promesse de paiement total.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="139" />
        <source>A promise falls due within the allowed delay; agree a payment plan for longer.</source>
        <translation>Une promesse doit échoir dans le délai autorisé ; au-delà, convenez d'un échéancier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="144" />
        <source>Claim %1 is not open.</source>
        <translation>La créance %1 n'est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="145" />
        <source>Write down the debtor's request in their own words (why they ask for relief).</source>
        <translation>Notez la demande du débiteur avec ses mots (pourquoi il demande une remise).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="149" />
        <source>A relief request for claim %1 is still waiting for its decision.</source>
        <translation>Une demande de remise pour la créance %1 attend encore sa décision.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="152" />
        <source>No BMAF rate is configured for this organisation: ask an administrator; the request cannot be routed.</source>
        <translation>Aucun taux BMAF n'est configuré pour cet organisme : demandez à un administrateur ; la demande ne peut pas être orientée.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="157" />
        <source>The relief request cannot be routed.</source>
        <translation>La demande de remise ne peut pas être orientée.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/errors.py" line="160" />
        <source>Claim %1 is not a claim of this debtor.</source>
        <translation>La créance %1 n'est pas une créance de ce débiteur.</translation>
    </message>
</context>
<context>
    <name>agent_format</name>
    <message>
        <location filename="../../telerecouv/ui/agent/format.py" line="75" />
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/format.py" line="77" />
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/format.py" line="79" />
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/format.py" line="81" />
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/format.py" line="83" />
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
</context>
<context>
    <name>agent_labels</name>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="27" />
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="28" />
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="29" />
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="30" />
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="31" />
        <source>Cash at a collection office</source>
        <translation>Espèces à un guichet d'encaissement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="34" />
        <source>Deduction from benefits</source>
        <translation>Retenue sur prestations</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="53" />
        <source>Broken</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="42" />
        <source>Due</source>
        <translation>À échoir</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="43" />
        <location filename="../../telerecouv/ui/agent/labels.py" line="82" />
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="44" />
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="45" />
        <source>Missed</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="51" />
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="52" />
        <source>Kept</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="61" />
        <source>Administrative services</source>
        <translation>Services administratifs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="64" />
        <source>Amicable appeals board (CRA)</source>
        <translation>Commission de recours amiable (CRA)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="72" />
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="73" />
        <source>Forwarded</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="74" />
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="75" />
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="81" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="83" />
        <location filename="../../telerecouv/ui/agent/labels.py" line="109" />
        <source>Written off</source>
        <translation>Admise en non-valeur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="84" />
        <source>Amicable phase failed</source>
        <translation>Échec amiable</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="94" />
        <source>Fraud: litigation experts</source>
        <translation>Fraude : experts contentieux</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="97" />
        <source>Over-indebtedness procedure</source>
        <translation>Procédure de surendettement</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="100" />
        <source>Insolvency procedure</source>
        <translation>Procédure collective</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="103" />
        <source>Forced recovery</source>
        <translation>Recouvrement forcé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="106" />
        <source>From an inspection</source>
        <translation>Issue d'un contrôle</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="115" />
        <source>Benefit</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="116" />
        <source>Contribution</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="117" />
        <source>Pension</source>
        <translation>Retraite</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="123" />
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="124" />
        <source>landline</source>
        <translation>fixe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="125" />
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="126" />
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="127" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="133" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="134" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="135" />
        <source>debtor</source>
        <translation>débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="136" />
        <source>third party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="137" />
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="143" />
        <source>Me (personal)</source>
        <translation>Moi (personnel)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="144" />
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="152" />
        <source>1 - Commercial</source>
        <translation>1 - Commerciale</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="153" />
        <source>2 - Personalised</source>
        <translation>2 - Personnalisée</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="154" />
        <source>3 - Pre-litigation</source>
        <translation>3 - Précontentieux</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="160" />
        <source>Plan confirmation</source>
        <translation>Confirmation d'échéancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="161" />
        <source>Refusal report</source>
        <translation>Procès-verbal de refus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="162" />
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/agent/labels.py" line="163" />
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
</context>
</TS>