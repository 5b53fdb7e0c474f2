<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="70" />
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="71" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="72" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="73" />
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="74" />
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="75" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="164" />
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="165" />
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="167" />
        <source>Number of entries</source>
        <translation>Nombre d'entrées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="169" />
        <source>Last %1</source>
        <translation>%1 dernières</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="171" />
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="172" />
        <source>Search user, action, value...</source>
        <translation>Rechercher un utilisateur, une action, une valeur...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="174" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="181" />
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="187" />
        <source>Values before and after</source>
        <translation>Valeurs avant et après</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="191" />
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="196" />
        <source>S&amp;earch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="227" />
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="253" />
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="266" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/supervisor/audit.py" line="266" />
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
        <location filename="../../telerecouv/ui/supervisor/screens.py" line="24" />
        <source>Au&amp;dit log</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
</context>
</TS>