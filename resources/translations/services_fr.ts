<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>services</name>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>A SEPA direct debit needs the debtor's IBAN.</source>
        <translation>Un prélèvement SEPA nécessite l'IBAN du débiteur.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>A call cannot last more than 12 hours.</source>
        <translation>Un appel ne peut pas durer plus de 12 heures.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>A call-back is asked by someone who answered: the debtor or a third party.</source>
        <translation>Un rappel est demandé par quelqu'un qui a répondu : le débiteur ou un tiers.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>A call-back is at most 90 days ahead.</source>
        <translation>Un rappel se programme à 90 jours au plus.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>A call-back needs a date and time.</source>
        <translation>Un rappel nécessite une date et une heure.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>A call-back time goes with the result 'call-back requested'.</source>
        <translation>Une heure de rappel va avec le résultat « rappel demandé ».</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>A full payment is {owed}, not {amount}; record a partial payment promise otherwise.</source>
        <translation>Un paiement total est de {owed}, pas de {amount} ; sinon, enregistrez une promesse de paiement partiel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>A partial payment must be less than the balance of {owed}; record a full payment promise otherwise.</source>
        <translation>Un paiement partiel doit être inférieur au solde de {owed} ; sinon, enregistrez une promesse de paiement total.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>A plan has 1 to {absolute_max_months} monthly instalments, not {months}.</source>
        <translation>Un échéancier compte de 1 à {absolute_max_months} échéances mensuelles, pas {months}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>A plan of {months} months (more than {max_months}) needs a written justification of at least 10 characters; a team lead will approve it.</source>
        <translation>Un échéancier de {months} mois (plus de {max_months}) nécessite une justification écrite d'au moins 10 caractères ; un chef d'équipe le validera.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>A promise is due between today and {MAX_PROMISE_DAYS} days from now; agree a payment plan for a longer delay.</source>
        <translation>Une promesse arrive à échéance entre aujourd'hui et dans {MAX_PROMISE_DAYS} jours ; pour un délai plus long, convenez d'un échéancier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>A relief request for claim {external_id} made on {requested_on:%d/%m/%Y} is still waiting for its decision.</source>
        <translation>Une demande de remise pour la créance {external_id}, faite le {requested_on:%d/%m/%Y}, attend encore sa décision.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>A team name has 1 to {MAX_TEAM_NAME} characters.</source>
        <translation>Un nom d'équipe compte de 1 à {MAX_TEAM_NAME} caractères.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>A team {name!r} already exists.</source>
        <translation>Une équipe {name!r} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <location filename="../../telerecouv/services/users.py" />
        <source>A user {login!r} already exists.</source>
        <translation>Un utilisateur {login!r} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>An administrator creates it first (or run 'telerecouv demo').</source>
        <translation>Un administrateur doit d'abord la créer (ou lancez « telerecouv demo »).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>An instalment of {instalment} is too small: at least {minimum}, and at most {absolute_max_months} months.</source>
        <translation>Une échéance de {instalment} est trop faible : au moins {minimum}, et au plus {absolute_max_months} mois.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>Another team lead decides.</source>
        <translation>Un autre chef d'équipe décide.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/permissions.py" />
        <source>Ask a user with the right role.</source>
        <translation>Demandez à un utilisateur qui a le rôle nécessaire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Ask an administrator to enter the BMAF rates.</source>
        <translation>Demandez à un administrateur de saisir les taux de la BMAF.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Balance points must rise in amount and in value (between 0 and 1).</source>
        <translation>Les points de l'échelle des soldes doivent croître en montant et en valeur (entre 0 et 1).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Call {call_id} is not a call to debtor {external_id}.</source>
        <translation>L'appel {call_id} n'est pas un appel au débiteur {external_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>Calling hours need seven weekdays.</source>
        <translation>Les heures d'appel doivent couvrir les sept jours de la semaine.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/kpi.py" />
        <source>Cannot cut the KPIs by {by!r}; use one of {CUTS}.</source>
        <translation>Impossible de ventiler les indicateurs par {by!r} ; utilisez l'un de : {CUTS}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>Cannot open the database file {where}.</source>
        <translation>Impossible d'ouvrir le fichier de base de données {where}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>Cannot reach the database {where}: {detail}</source>
        <translation>Impossible de joindre la base de données {where} : {detail}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>Cannot read the mapping profile {path}: {exc}.</source>
        <translation>Impossible de lire le profil d'import {path} : {exc}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>Cannot read {file}: {strerror}.</source>
        <translation>Impossible de lire {file} : {strerror}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Cannot route the request: {exc}.</source>
        <translation>Impossible d'acheminer la demande : {exc}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/database.py" />
        <source>Cannot use the database URL {url}: {error_type}.</source>
        <translation>Impossible d'utiliser l'URL de base de données {url} : {error_type}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/database.py" />
        <source>Check the URL in the settings or in TELERECOUV_DATABASE_URL.</source>
        <translation>Vérifiez l'URL dans les paramètres ou dans TELERECOUV_DATABASE_URL.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/users.py" />
        <source>Check the caps-lock key; an administrator can reset your password.</source>
        <translation>Vérifiez la touche de verrouillage des majuscules ; un administrateur peut réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>Check the network and the server, or the database URL in the settings.</source>
        <translation>Vérifiez le réseau et le serveur, ou l'URL de la base de données dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>Check the quotes on that line.</source>
        <translation>Vérifiez les guillemets sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>Choose another login.</source>
        <translation>Choisissez un autre identifiant.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Choose at least one claim for the plan.</source>
        <translation>Choisissez au moins une créance pour l'échéancier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>Choose one of: {kinds}.</source>
        <translation>Choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>Choose the date and time of the call-back.</source>
        <translation>Choisissez la date et l'heure du rappel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>Choose the number of months.</source>
        <translation>Choisissez le nombre de mois.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Claim {claim} is not a claim of debtor {external_id}.</source>
        <translation>La créance {claim} n'est pas une créance du débiteur {external_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Claim {external_id} cannot get a plan here ({why_not}).</source>
        <translation>La créance {external_id} ne peut pas faire l'objet d'un échéancier ici ({why_not}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Claim {external_id} cannot get a promise here ({why_not}).</source>
        <translation>La créance {external_id} ne peut pas faire l'objet d'une promesse ici ({why_not}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Claim {external_id} is already in payment plan {plan_id}, active or waiting for approval.</source>
        <translation>La créance {external_id} fait déjà partie de l'échéancier {plan_id}, actif ou en attente de validation.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Claim {external_id} is flagged as fraud: fraud claims cannot get a payment plan from the workbench (litigation experts handle them).</source>
        <translation>La créance {external_id} est signalée comme frauduleuse : une créance frauduleuse ne peut pas faire l'objet d'un échéancier depuis le poste (les experts du contentieux s'en chargent).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Claim {external_id} is flagged as fraud: no debt relief can be recorded for fraud (social security code L553-2).</source>
        <translation>La créance {external_id} est signalée comme frauduleuse : aucune remise de dette ne peut être enregistrée en cas de fraude (code de la sécurité sociale, L553-2).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Claim {external_id} is not open.</source>
        <translation>La créance {external_id} n'est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>Close the other telerecouv window or wait a moment, then try again.</source>
        <translation>Fermez l'autre fenêtre de telerecouv ou patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/debtor_file.py" />
        <source>Debtor {external_id} has no national identifier on file.</source>
        <translation>Le débiteur {external_id} n'a pas d'identifiant national enregistré.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>Free some space, then try again.</source>
        <translation>Libérez de l'espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>French Guiana</source>
        <translation>de Guyane</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>Give the encoding in a mapping profile.</source>
        <translation>Indiquez l'encodage dans un profil d'import.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>Give the path of a JSON profile.</source>
        <translation>Indiquez le chemin d'un profil JSON.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Guadeloupe</source>
        <translation>de Guadeloupe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>Import cancelled: nothing of the file was kept.</source>
        <translation>Import annulé : rien du fichier n'a été conservé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>In the {where}, 'delimiter' must be one character.</source>
        <translation>Dans le {where}, « delimiter » doit être un seul caractère.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>In the {where}, 'header_row' must be a line number from 1.</source>
        <translation>Dans le {where}, « header_row » doit être un numéro de ligne à partir de 1.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>In the {where}, 'kind' must be one of: {KINDS}.</source>
        <translation>Dans le {where}, « kind » doit valoir l'un de : {KINDS}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>In the {where}, 'values' must map columns to {{text: text}}.</source>
        <translation>Dans le {where}, « values » doit associer à chaque colonne un {{texte: texte}}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>In the {where}, {key!r} must be a text.</source>
        <translation>Dans le {where}, {key!r} doit être un texte.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>In the {where}, {key!r} must map texts to texts.</source>
        <translation>Dans le {where}, {key!r} doit associer des textes à des textes.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <location filename="../../telerecouv/services/users.py" />
        <source>Invalid login {login!r}: use 2-64 lower-case letters, digits, '.', '_' or '-'.</source>
        <translation>Identifiant {login!r} non valide : utilisez de 2 à 64 lettres minuscules, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/exports/__init__.py" />
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>Known organisations: {codes}.</source>
        <translation>Organismes connus : {codes}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>Known profiles: {names}.</source>
        <translation>Profils connus : {names}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>Make another user administrator first.</source>
        <translation>Nommez d'abord un autre utilisateur administrateur.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Martinique</source>
        <translation>de Martinique</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Mayotte</source>
        <translation>de Mayotte</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Moroccan</source>
        <translation>marocain</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>Move them to another team first.</source>
        <translation>Affectez-les d'abord à une autre équipe.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>No BMAF is configured for {name}: relief requests cannot be routed.</source>
        <translation>Aucun taux BMAF n'est configuré pour {name} : les demandes de remise ne peuvent pas être acheminées.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/review.py" />
        <source>No call {call_id}.</source>
        <translation>Aucun appel n° {call_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>No contact point with id {contact_id}.</source>
        <translation>Aucune coordonnée avec l'identifiant {contact_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/calls.py" />
        <location filename="../../telerecouv/services/contacts.py" />
        <location filename="../../telerecouv/services/debtor_file.py" />
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>No debtor with id {debtor_id}.</source>
        <translation>Aucun débiteur avec l'identifiant {debtor_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>No file {file}.</source>
        <translation>Aucun fichier {file}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/letters.py" />
        <source>No letter with id {letter_id}.</source>
        <translation>Aucun courrier avec l'identifiant {letter_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>No mapping profile {name!r}.</source>
        <translation>Aucun profil d'import {name!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>No organisation with id {organisation_id}.</source>
        <translation>Aucun organisme avec l'identifiant {organisation_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/exports/__init__.py" />
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>No organisation {code!r}.</source>
        <translation>Aucun organisme {code!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/letters.py" />
        <source>No payment plan with id {plan_id}.</source>
        <translation>Aucun échéancier avec l'identifiant {plan_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>No payment plan {plan_id}.</source>
        <translation>Aucun échéancier {plan_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>No phone number given</source>
        <translation>Aucun numéro de téléphone indiqué</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>No queue with id {queue_id}.</source>
        <translation>Aucune file d'appels avec l'identifiant {queue_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>No queue with id {queue_id}: {login} was not assigned.</source>
        <translation>Aucune file d'appels avec l'identifiant {queue_id} : {login} n'a pas été affecté.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>No team {team_id}.</source>
        <translation>Aucune équipe {team_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>No user with id {user_id}.</source>
        <translation>Aucun utilisateur avec l'identifiant {user_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/users.py" />
        <source>No user {login!r}.</source>
        <translation>Aucun utilisateur {login!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>No user {user_id}.</source>
        <translation>Aucun utilisateur {user_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>No work item with id {item_id}.</source>
        <translation>Aucun dossier en file avec l'identifiant {item_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>No work item with id {work_item_id}.</source>
        <translation>Aucun dossier en file avec l'identifiant {work_item_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>Notes are limited to {MAX_NOTES} characters.</source>
        <translation>Les notes sont limitées à {MAX_NOTES} caractères.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Nothing is owed on the chosen claims.</source>
        <translation>Rien n'est dû sur les créances choisies.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Nothing is owed that a promise could cover.</source>
        <translation>Rien n'est dû qu'une promesse pourrait couvrir.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>Only BROKEN_PLAN or BROKEN_PROMISE re-queue a file, not {stage}.</source>
        <translation>Seuls BROKEN_PLAN et BROKEN_PROMISE remettent un dossier en file, pas {stage}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>Open it in a spreadsheet and save it again as .xlsx, or export it as CSV.</source>
        <translation>Ouvrez-le dans un tableur et enregistrez-le de nouveau en .xlsx, ou exportez-le en CSV.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>Plan {plan_id} is not waiting for approval any more (it is {status}).</source>
        <translation>L'échéancier {plan_id} n'attend plus de validation (état : {status}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>Plan {plan_id}: give the reason of the rejection; the agent will read it.</source>
        <translation>Échéancier {plan_id} : indiquez le motif du refus ; le téléconseiller le lira.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>Plan {plan_id}: the reason is too long ({length} characters, at most {MAX_REASON}).</source>
        <translation>Échéancier {plan_id} : le motif est trop long ({length} caractères, {MAX_REASON} au plus).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>Record what happened during the call from the file's history, then take the next call.</source>
        <translation>Consignez ce qui s'est passé pendant l'appel depuis l'historique du dossier, puis prenez l'appel suivant.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>Refresh the list.</source>
        <translation>Actualisez la liste.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Reload the file and try again.</source>
        <translation>Rechargez le dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>Remove one of them or fix the mapping profile.</source>
        <translation>Supprimez l'une d'elles ou corrigez le profil d'import.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>Rename the headers (see docs/formats.md) or use a mapping profile (--mapping).</source>
        <translation>Renommez les en-têtes (voir docs/formats.md) ou utilisez un profil d'import (--mapping).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/database.py" />
        <source>Run 'telerecouv db upgrade'.</source>
        <translation>Lancez « telerecouv db upgrade ».</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Réunion</source>
        <translation>de La Réunion</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Saint-Barthélemy</source>
        <translation>de Saint-Barthélemy</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Saint-Martin</source>
        <translation>de Saint-Martin</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>Save it as .xlsx or CSV, then import it again.</source>
        <translation>Enregistrez-le en .xlsx ou en CSV, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Say why the number is removed.</source>
        <translation>Indiquez pourquoi le numéro est retiré.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>Several organisations: say which one the file belongs to.</source>
        <translation>Plusieurs organismes : indiquez celui auquel appartient le fichier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Someone changed this debtor's contact data at the same moment.</source>
        <translation>Quelqu'un a modifié les coordonnées de ce débiteur au même moment.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>Team {name!r} is inactive.</source>
        <translation>L'équipe {name!r} est inactive.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>Team {name!r} still has {members} active member(s).</source>
        <translation>L'équipe {name!r} compte encore {members} membre(s) actif(s).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>The IBAN {text!r} is not valid: {exc}</source>
        <translation>L'IBAN {text!r} n'est pas valide : {exc}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>The address is longer than 300 characters.</source>
        <translation>L'adresse dépasse 300 caractères.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The attempts per day must be from 1 to {MAX_ATTEMPTS}.</source>
        <translation>Le nombre de tentatives par jour doit être compris entre 1 et {MAX_ATTEMPTS}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The attempts per week must be at least the attempts per day and at most {MAX_ATTEMPTS}.</source>
        <translation>Le nombre de tentatives par semaine doit être au moins celui par jour et au plus {MAX_ATTEMPTS}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>The balance scale needs at least two points, starting at 0.</source>
        <translation>L'échelle des soldes nécessite au moins deux points, en partant de 0.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>The call ends before it starts.</source>
        <translation>L'appel se termine avant d'avoir commencé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>The call has no valid client token.</source>
        <translation>L'appel n'a pas de jeton client valide.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>The call is kept; the file was not changed.</source>
        <translation>L'appel est conservé ; le dossier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>The call starts in the future.</source>
        <translation>L'appel commence dans le futur.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The call-back grace time must be whole minutes, from 0 to 24 hours.</source>
        <translation>Le délai de grâce des rappels doit être un nombre entier de minutes, de 0 à 24 heures.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>The call-back must be after this call.</source>
        <translation>Le rappel doit avoir lieu après cet appel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>The call-back time must carry its time zone.</source>
        <translation>L'heure de rappel doit porter son fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>The columns {seen!r} and {header!r} are both read as {name!r}.</source>
        <translation>Les colonnes {seen!r} et {header!r} sont toutes deux lues comme {name!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>The database has no organisation to import files for.</source>
        <translation>La base de données n'a aucun organisme pour lequel importer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/database.py" />
        <source>The database schema is at {current}, not {head}.</source>
        <translation>Le schéma de la base de données est à la version {current}, pas {head}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>The database {where} is locked by another program.</source>
        <translation>La base de données {where} est verrouillée par un autre programme.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>The debtor was reached: choose the result of the call.</source>
        <translation>Le débiteur a été joint : choisissez le résultat de l'appel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/store/errors.py" />
        <source>The disk holding {where} is full.</source>
        <translation>Le disque qui contient {where} est plein.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>The file (item {item_id}) is no longer yours: its lease expired and it went back to the queue.</source>
        <translation>Le dossier (élément {item_id}) ne vous est plus attribué : sa réservation a expiré et il est retourné dans la file.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>The file has no column {missing} for an import of {kind}; its columns are: {columns}.</source>
        <translation>Le fichier n'a pas de colonne {missing} pour un import de type {kind} ; ses colonnes sont : {columns}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>The first instalment is due on {first_due_on:%d/%m/%Y}, before today.</source>
        <translation>La première échéance tombe le {first_due_on:%d/%m/%Y}, avant aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>The first instalment must fall within {MAX_FIRST_DUE_DAYS} days of the call.</source>
        <translation>La première échéance doit tomber dans les {MAX_FIRST_DUE_DAYS} jours qui suivent l'appel.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>The header row is counted from 1.</source>
        <translation>La ligne d'en-tête se compte à partir de 1.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/letters.py" />
        <source>The letter's file path is empty or too long.</source>
        <translation>Le chemin du fichier du courrier est vide ou trop long.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>The mapping profile {name!r} is for {kind}, not {wanted}.</source>
        <translation>Le profil d'import {name!r} est prévu pour les {kind}, pas pour les {wanted}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>The mapping profile {path} is not valid JSON (line {lineno}: {msg}).</source>
        <translation>Le profil d'import {path} n'est pas un JSON valide (ligne {lineno} : {msg}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>The mapping profile's default for {name!r} is wrong: {reason}.</source>
        <translation>La valeur par défaut du profil d'import pour {name!r} est erronée : {reason}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The maximum attempts after {reach} must be from 1 to {MAX_ATTEMPTS}.</source>
        <translation>Le nombre maximal de tentatives après {reach} doit être compris entre 1 et {MAX_ATTEMPTS}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <location filename="../../telerecouv/services/users.py" />
        <source>The password must have at least {MIN_PASSWORD_LENGTH} characters.</source>
        <translation>Le mot de passe doit comporter au moins {MIN_PASSWORD_LENGTH} caractères.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/periods.py" />
        <source>The period ends ({date_to:%d/%m/%Y}) before it starts ({date_from:%d/%m/%Y}).</source>
        <translation>La période se termine ({date_to:%d/%m/%Y}) avant de commencer ({date_from:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>The priority setting {key} cannot be read: {why}.</source>
        <translation>Le réglage de priorité {key} est illisible : {why}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>The promised amount must be positive.</source>
        <translation>Le montant promis doit être positif.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>The representative's name is longer than 200 characters.</source>
        <translation>Le nom du représentant dépasse 200 caractères.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>The result {result} needs the debtor on the line (RIGHT_PARTY).</source>
        <translation>Le résultat {result} nécessite d'avoir le débiteur en ligne (RIGHT_PARTY).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>The result {result} needs the debtor reached in person.</source>
        <translation>Le résultat {result} nécessite d'avoir joint le débiteur en personne.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The retry delay after {reach} must be between 0 and {days} days.</source>
        <translation>Le délai de nouvelle tentative après {reach} doit être compris entre 0 et {days} jours.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The retry delay after {reach} must be whole minutes.</source>
        <translation>Le délai de nouvelle tentative après {reach} doit être un nombre entier de minutes.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The retry rule of {key} must have a delay and a maximum.</source>
        <translation>La règle de nouvelle tentative de {key} doit avoir un délai et un maximum.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>The retry rule of {reach} is missing.</source>
        <translation>La règle de nouvelle tentative de {reach} manque.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>The script path is malformed.</source>
        <translation>Le parcours du script est mal formé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>The weight of stage {stage} is missing.</source>
        <translation>Le poids de l'étape {stage} est manquant.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>The {where} has unknown keys: {unknown}.</source>
        <translation>Le {where} contient des clés inconnues : {unknown}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>The {where} must be a JSON object.</source>
        <translation>Le {where} doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>There is no debtor {debtor_id}.</source>
        <translation>Il n'y a pas de débiteur {debtor_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>There is no work item {item_id}.</source>
        <translation>Il n'y a pas de dossier en file {item_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>This file cannot be called now: {reason}.</source>
        <translation>Ce dossier ne peut pas être appelé maintenant : {reason}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>This result needs {what}.</source>
        <translation>Ce résultat nécessite {what}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Type the city (at most 120 characters).</source>
        <translation>Saisissez la ville (120 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Type the postal code (at most 16 characters).</source>
        <translation>Saisissez le code postal (16 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Type the representative's name.</source>
        <translation>Saisissez le nom du représentant.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Type the street address.</source>
        <translation>Saisissez l'adresse (rue).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>Unknown call outcome {key!r} in the retry rules.</source>
        <translation>Résultat d'appel inconnu {key!r} dans les règles de nouvelle tentative.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>Unknown country {raw!r}: use the two-letter code (FR, MA, BE...).</source>
        <translation>Pays inconnu {raw!r} : utilisez le code à deux lettres (FR, MA, BE...).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>Unknown encoding {forced!r} in the mapping profile.</source>
        <translation>Encodage inconnu {forced!r} dans le profil d'import.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/exports/__init__.py" />
        <source>Unknown format {fmt!r}: choose csv or xlsx.</source>
        <translation>Format inconnu {fmt!r} : choisissez csv ou xlsx.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>Unknown kind of file {kind!r}.</source>
        <translation>Type de fichier inconnu {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/users.py" />
        <source>Unknown login or wrong password.</source>
        <translation>Identifiant inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>Unknown priority setting {key}.</source>
        <translation>Réglage de priorité inconnu : {key}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>Unknown queue setting {name!r}.</source>
        <translation>Paramètre de file inconnu {name!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>Unknown retry setting {name!r}.</source>
        <translation>Paramètre de nouvelle tentative inconnu {name!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>Use --organisation with one of: {codes}.</source>
        <translation>Utilisez --organisation avec l'un de : {codes}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/outcomes.py" />
        <source>Work item {item_id} is no longer leased to you: its lease expired and another agent may be calling it.</source>
        <translation>Le dossier en file {item_id} ne vous est plus réservé : sa réservation a expiré et un autre téléconseiller l'appelle peut-être.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>Work item {item_id} is not leased (status {status}); nothing was changed.</source>
        <translation>Le dossier en file {item_id} n'est pas réservé (état : {status}) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>Work item {item_id} is not leased with this token (status {status}); nothing was changed.</source>
        <translation>Le dossier en file {item_id} n'est pas réservé avec ce jeton (état : {status}) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/calls.py" />
        <source>Work item {item_id} is not the file of debtor {external_id}.</source>
        <translation>Le dossier en file {item_id} n'est pas celui du débiteur {external_id}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>Work item {work_item_id} is not waiting in a queue (status {status}): it cannot be moved to the top.</source>
        <translation>Le dossier en file {work_item_id} n'attend dans aucune file (état : {status}) : il ne peut pas être placé en tête.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>Write down the debtor's request in their own words (why they ask for relief).</source>
        <translation>Notez la demande du débiteur avec ses propres mots (pourquoi il demande une remise).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>You cannot deactivate yourself.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>You cannot remove your own administrator role.</source>
        <translation>Vous ne pouvez pas retirer votre propre rôle d'administrateur.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>a company needs a company name</source>
        <translation>une personne morale doit avoir une raison sociale</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>a person needs a last name</source>
        <translation>une personne physique doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>a result needs the debtor reached (RIGHT_PARTY), not {reachability}</source>
        <translation>un résultat suppose le débiteur joint (RIGHT_PARTY), pas {reachability}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/users.py" />
        <source>add users</source>
        <translation>ajouter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/permissions.py" />
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/permissions.py" />
        <source>agent</source>
        <translation>téléconseiller</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>ambiguous amount: {text}; write 1234 or 1 234 for a thousand and use at most two decimals</source>
        <translation>montant ambigu : {text} ; un millier s'écrit 1234 ou 1 234, avec deux décimales au plus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>ambiguous amount: {value!r}; write 1234 or 1 234 for a thousand and use at most two decimals</source>
        <translation>montant ambigu : {value!r} ; un millier s'écrit 1234 ou 1 234, avec deux décimales au plus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>amount must be positive, got {value!r}</source>
        <translation>le montant doit être positif, et non {value!r}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>amount must not be negative, got {value!r}</source>
        <translation>le montant ne doit pas être négatif, et non {value!r}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>amount {value!r} is too large</source>
        <translation>le montant {value!r} est trop élevé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>approve</source>
        <translation>valider</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>assign agents to queues</source>
        <translation>affecter des téléconseillers aux files d'appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>call a chosen file</source>
        <translation>appeler un dossier choisi</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>callback_at has no time zone.</source>
        <translation>L'heure de rappel (callback_at) n'a pas de fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>calling hours are a mapping of weekday (0 = Monday) to ranges</source>
        <translation>les heures d'appel associent à chaque jour de la semaine (0 = lundi) des plages horaires</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/report.py" />
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/users.py" />
        <source>change another user's password</source>
        <translation>changer le mot de passe d'un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>change contact data</source>
        <translation>modifier les coordonnées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>change the calling hours</source>
        <translation>modifier les heures d'appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>change the queue settings</source>
        <translation>modifier les paramètres des files d'appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>change users</source>
        <translation>modifier les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/writers.py" />
        <source>claim {claim!r} belongs to another debtor; a claim cannot move between debtors</source>
        <translation>la créance {claim!r} appartient à un autre débiteur ; une créance ne peut pas changer de débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/report.py" />
        <source>claims</source>
        <translation>créances</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>column {header!r} is not used for {kind}</source>
        <translation>la colonne {header!r} n'est pas utilisée pour l'import des {kind}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>create teams</source>
        <translation>créer des équipes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>create users</source>
        <translation>créer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>deactivate teams</source>
        <translation>désactiver des équipes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/report.py" />
        <source>debtors</source>
        <translation>débiteurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/report.py" />
        <source>defaults</source>
        <translation>défaillances</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>empty amount: type a number such as 1 234,56</source>
        <translation>montant vide : un nombre est attendu, par ex. 1 234,56</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/exports/__init__.py" />
        <source>export call outcomes</source>
        <translation>exporter les résultats d'appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/exports/__init__.py" />
        <source>export the monthly report</source>
        <translation>exporter le rapport mensuel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/letters.py" />
        <source>file a letter</source>
        <translation>classer un courrier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>import creditor files</source>
        <translation>charger des fichiers du créancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>keep a file open</source>
        <translation>garder un dossier ouvert</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>list teams</source>
        <translation>lister les équipes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <location filename="../../telerecouv/services/users.py" />
        <source>list users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/demo.py" />
        <source>load demo data</source>
        <translation>charger les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>mapping profile</source>
        <translation>profil d'import</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/mapping.py" />
        <source>mapping profile {name!r}</source>
        <translation>profil d'import {name!r}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>move a file to the top of its queue</source>
        <translation>placer un dossier en tête de sa file</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/writers.py" />
        <source>no claim {claim!r} for debtor {debtor!r}</source>
        <translation>aucune créance {claim!r} pour le débiteur {debtor!r}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/writers.py" />
        <source>no claim {claim!r}: import the claims file first</source>
        <translation>aucune créance {claim!r} : le fichier des créances est à importer d'abord</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/writers.py" />
        <source>no debtor {debtor!r}: import the debtors file first</source>
        <translation>aucun débiteur {debtor!r} : le fichier des débiteurs est à importer d'abord</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/exports/__init__.py" />
        <location filename="../../telerecouv/services/imports/schema.py" />
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>not an amount {value!r} has a sign or currency but no digits</source>
        <translation>{value!r} n'est pas un montant : il a un signe ou une devise mais aucun chiffre</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>not an amount {value!r}; expected digits with an optional comma or point and at most two decimals, e.g. 1 234,56 or 1234.56</source>
        <translation>{value!r} n'est pas un montant ; format attendu : des chiffres avec éventuellement une virgule ou un point et deux décimales au plus, par ex. 1 234,56 ou 1234.56</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>not an amount: {text} has a sign or currency but no digits</source>
        <translation>{text} n'est pas un montant : il a un signe ou une devise mais aucun chiffre</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>not an amount: {text}; expected digits with an optional comma or point and at most two decimals, e.g. 1 234,56 or 1234.56</source>
        <translation>{text} n'est pas un montant ; format attendu : des chiffres avec éventuellement une virgule ou un point et deux décimales au plus, par ex. 1 234,56 ou 1234.56</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/database.py" />
        <source>nothing</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/debtor_file.py" />
        <source>open a debtor file</source>
        <translation>ouvrir le dossier d'un débiteur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>pause or resume a queue</source>
        <translation>suspendre ou reprendre une file d'appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/writers.py" />
        <source>payment {payment!r} was already imported with another claim, amount or date; a payment cannot change (the accounting sends a new payment to correct one)</source>
        <translation>le paiement {payment!r} a déjà été importé avec une autre créance, un autre montant ou une autre date ; un paiement ne peut pas changer (la comptabilité envoie un nouveau paiement pour le corriger)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/report.py" />
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>phone</source>
        <translation>de téléphone</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/calls.py" />
        <location filename="../../telerecouv/services/letters.py" />
        <source>read a plan confirmation</source>
        <translation>lire la confirmation d'un échéancier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/kpi.py" />
        <source>read the KPIs</source>
        <translation>consulter les indicateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/audit.py" />
        <source>read the audit log</source>
        <translation>consulter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/calls.py" />
        <source>record a call</source>
        <translation>enregistrer un appel</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>reject</source>
        <translation>refuser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>release a file</source>
        <translation>libérer un dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>release a file leased by someone else</source>
        <translation>libérer un dossier réservé par quelqu'un d'autre</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>rename teams</source>
        <translation>renommer des équipes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>required value is empty</source>
        <translation>valeur obligatoire vide</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>reset passwords</source>
        <translation>réinitialiser des mots de passe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/debtor_file.py" />
        <source>reveal a national identifier</source>
        <translation>afficher un identifiant national</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/review.py" />
        <source>review calls</source>
        <translation>évaluer des appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>see plan decisions</source>
        <translation>voir les décisions sur les échéanciers</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>see the plans to approve</source>
        <translation>voir les échéanciers à valider</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/supervision.py" />
        <source>see the queue settings</source>
        <translation>voir les paramètres des files d'appels</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/review.py" />
        <source>select calls to review</source>
        <translation>sélectionner des appels à évaluer</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/permissions.py" />
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/service.py" />
        <source>take the next call</source>
        <translation>prendre l'appel suivant</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/permissions.py" />
        <source>team_lead</source>
        <translation>chef d'équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>the call ends before it starts</source>
        <translation>l'appel se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>the call starts in the future</source>
        <translation>l'appel commence dans le futur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>the formal-notice deadline is before the default</source>
        <translation>l'échéance de la mise en demeure est antérieure à la défaillance</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>the limitation date is before the notification date</source>
        <translation>la date de prescription est antérieure à la date de notification</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>the row has {count} cells but the header only {width}</source>
        <translation>la ligne compte {count} cellules mais l'en-tête seulement {width}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>the same {same} as line {first}</source>
        <translation>même {same} qu'à la ligne {first}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>too long: {length} characters, at most {max_length}</source>
        <translation>trop long : {length} caractères, {max_length} au plus</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/writers.py" />
        <source>unknown agent login {login!r}: calls kept without an agent</source>
        <translation>identifiant de téléconseiller inconnu {login!r} : appels conservés sans téléconseiller</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>unknown country {value!r}: write the ISO code (FR, MA, BE…)</source>
        <translation>pays inconnu {value!r} : code ISO attendu (FR, MA, BE…)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>unknown value {value!r}; expected one of: {allowed}</source>
        <translation>valeur inconnue {value!r} ; valeurs attendues : {allowed}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>unknown weekday key {key} (0 = Monday … 6 = Sunday)</source>
        <translation>clé de jour inconnue {key} (0 = lundi … 6 = dimanche)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>unpin a file</source>
        <translation>désépingler un dossier</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/schema.py" />
        <source>{day:%d/%m/%Y} is in the future</source>
        <translation>le {day:%d/%m/%Y} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{day}: a list of ranges is expected, got {raw}</source>
        <translation>{day} : une liste de plages est attendue, et non {raw}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{day}: a range is two times, got {pair}</source>
        <translation>{day} : une plage se compose de deux heures, et non {pair}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{day}: the range {range} ends before it starts</source>
        <translation>{day} : la plage {range} se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{day}: two ranges overlap</source>
        <translation>{day} : deux plages se chevauchent</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{day}: {text} is not a range like 09:00-12:30</source>
        <translation>{day} : {text} n'est pas une plage de la forme 09:00-12:30</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{day}: {text} is not a time like 09:00</source>
        <translation>{day} : {text} n'est pas une heure de la forme 09:00</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/permissions.py" />
        <source>{login} ({role}) may not {action}.</source>
        <translation>{login} ({role}) n'a pas le droit de {action}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/approvals.py" />
        <source>{login} agreed plan {plan_id} and may not {verb} it.</source>
        <translation>{login} a convenu de l'échéancier {plan_id} et ne peut donc pas le {verb}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/admin.py" />
        <source>{login} is the last active administrator.</source>
        <translation>{login} est le dernier administrateur actif.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/agreements.py" />
        <source>{months} instalments of {balance} fall below the minimum instalment of {minimum}: choose fewer months.</source>
        <translation>{months} échéances pour {balance} passent sous l'échéance minimale de {minimum} : choisissez moins de mois.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name} has no sheet {sheet!r}; its sheets are: {sheetnames}.</source>
        <translation>{name} n'a pas de feuille {sheet!r} ; ses feuilles sont : {sheetnames}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>{name} has no time zone.</source>
        <translation>{name} n'a pas de fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name} is an old Excel 97-2003 (.xls) workbook.</source>
        <translation>{name} est un ancien classeur Excel 97-2003 (.xls).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name} is empty: no header line.</source>
        <translation>{name} est vide : aucune ligne d'en-tête.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name} is not a readable XLSX workbook ({error_type}).</source>
        <translation>{name} n'est pas un classeur XLSX lisible ({error_type}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/service.py" />
        <source>{name} is not entirely UTF-8: the lines that are not were read as Windows-1252; check the accents of the rows sent from another export.</source>
        <translation>{name} n'est pas entièrement en UTF-8 : les lignes qui ne le sont pas ont été lues en Windows-1252 ; vérifiez les accents des lignes venues d'un autre export.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name} is not valid {encoding} ({reason}).</source>
        <translation>{name} n'est pas un fichier {encoding} valide ({reason}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{name} must be a number.</source>
        <translation>{name} doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{name} must be a whole number from 1 to {most}.</source>
        <translation>{name} doit être un nombre entier de 1 à {most}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/queue/policy.py" />
        <source>{name} must be a whole number, not {value!r}.</source>
        <translation>{name} doit être un nombre entier, pas {value!r}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{name} must be a whole number.</source>
        <translation>{name} doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{name} must be between 0 and {most}.</source>
        <translation>{name} doit être compris entre 0 et {most}.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name}, line {line}: the CSV structure is broken ({exc}).</source>
        <translation>{name}, ligne {line} : la structure CSV est rompue ({exc}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name}: cannot read the header line ({exc}).</source>
        <translation>{name} : impossible de lire la ligne d'en-tête ({exc}).</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/readers.py" />
        <source>{name}: the sheet {title!r} is empty.</source>
        <translation>{name} : la feuille {title!r} est vide.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>{postal_code!r} is not a postal code of {code}: expected five digits.</source>
        <translation>{postal_code!r} n'est pas un code postal de {code} : cinq chiffres attendus.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>{raw!r} is not valid.</source>
        <translation>{raw!r} n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{shown} has no known country code</source>
        <translation>{shown} n'a pas d'indicatif de pays connu</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{shown} is not a phone number</source>
        <translation>{shown} n'est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{shown} is not a valid {name} number</source>
        <translation>{shown} n'est pas un numéro {name} valide</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{shown} is too long for a {name} number</source>
        <translation>{shown} est trop long pour un numéro {name}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/domain_messages.py" />
        <source>{shown} is too short for a {name} number</source>
        <translation>{shown} est trop court pour un numéro {name}</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/contacts.py" />
        <source>{text!r} is not an e-mail address: expected name@domain.tld.</source>
        <translation>{text!r} n'est pas une adresse e-mail : nom@domaine.tld attendu.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r} has a two-digit year; write it as dd/mm/yyyy</source>
        <translation>{value!r} a une année sur deux chiffres ; format attendu : jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r} has more than two decimals</source>
        <translation>{value!r} a plus de deux décimales</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r} is not a date and time; write dd/mm/yyyy hh:mm or yyyy-mm-ddThh:mm:ss</source>
        <translation>{value!r} n'est pas une date et heure ; format attendu : jj/mm/aaaa hh:mm ou aaaa-mm-jjThh:mm:ss</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r} is not a date; write dd/mm/yyyy or yyyy-mm-dd</source>
        <translation>{value!r} n'est pas une date ; format attendu : jj/mm/aaaa ou aaaa-mm-jj</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r} is not a valid date (day or month out of range)</source>
        <translation>{value!r} n'est pas une date valide (jour ou mois hors limites)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r} is not a yes/no value (oui/non, 1/0, true/false)</source>
        <translation>{value!r} n'est pas une valeur oui/non (oui/non, 1/0, true/false)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r} is not an e-mail address (name@domain.fr)</source>
        <translation>{value!r} n'est pas une adresse e-mail (nom@domaine.fr)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r}: the time is out of range</source>
        <translation>{value!r} : l'heure est hors limites</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/imports/parsers.py" />
        <source>{value!r}: year {year} is out of range</source>
        <translation>{value!r} : l'année {year} est hors limites</translation>
    </message>
    <message>
        <location filename="../../telerecouv/services/call_outcome.py" />
        <source>{what_capitalized} goes with its own result, not {result}.</source>
        <translation>{what_capitalized} va avec son propre résultat, pas avec {result}.</translation>
    </message>
</context>
</TS>