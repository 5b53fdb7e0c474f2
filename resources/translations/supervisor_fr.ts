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
    <name>supervisor</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/common.py" line="25" />
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/screens.py" line="26" />
        <source>Audit lo&amp;g</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/screens.py" line="32" />
        <source>&amp;Users and teams</source>
        <translation>&amp;Utilisateurs et équipes</translation>
    </message>
</context>
</TS>