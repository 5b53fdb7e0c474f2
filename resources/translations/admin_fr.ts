<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="73" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="76" />
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="77" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="78" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="79" />
        <location filename="../../telerecouv/ui/admin/users.py" line="133" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="80" />
        <location filename="../../telerecouv/ui/admin/users.py" line="133" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="81" />
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="86" />
        <source>Show &amp;deactivated users</source>
        <translation>Afficher les utilisateurs &amp;désactivés</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="99" />
        <source>&amp;New user</source>
        <translation>&amp;Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="100" />
        <source>&amp;Save user</source>
        <translation>&amp;Enregistrer l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="101" />
        <location filename="../../telerecouv/ui/admin/users.py" line="295" />
        <source>Deacti&amp;vate</source>
        <translation>Dé&amp;sactiver</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="113" />
        <source>Te&amp;am:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="139" />
        <source>Add &amp;team</source>
        <translation>&amp;Ajouter l'équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="140" />
        <source>R&amp;ename</source>
        <translation>Ren&amp;ommer</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="141" />
        <location filename="../../telerecouv/ui/admin/users.py" line="423" />
        <source>Dea&amp;ctivate team</source>
        <translation>Désac&amp;tiver l'équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="295" />
        <source>Reacti&amp;vate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="423" />
        <source>Rea&amp;ctivate team</source>
        <translation>Réac&amp;tiver l'équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="102" />
        <source>Reset &amp;password</source>
        <translation>Réinitialiser le mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="105" />
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="106" />
        <source>shown once, give it to the user</source>
        <translation>affiché une seule fois, à transmettre à l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="107" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="110" />
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="111" />
        <source>Full na&amp;me:</source>
        <translation>No&amp;m complet :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="112" />
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="114" />
        <source>Temporary password:</source>
        <translation>Mot de passe temporaire :</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="131" />
        <location filename="../../telerecouv/ui/admin/users.py" line="146" />
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="133" />
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="137" />
        <location filename="../../telerecouv/ui/admin/users.py" line="138" />
        <source>Team name</source>
        <translation>Nom de l'équipe</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="212" />
        <source>(no team)</source>
        <translation>(aucune équipe)</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="239" />
        <location filename="../../telerecouv/ui/admin/users.py" line="262" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="239" />
        <location filename="../../telerecouv/ui/admin/users.py" line="262" />
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="313" />
        <source>New user: type the login, the name, choose role and team.</source>
        <translation>Nouvel utilisateur : saisissez l'identifiant et le nom, choisissez le rôle et l'équipe.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="333" />
        <source>User %1 created; give them the temporary password.</source>
        <translation>Utilisateur %1 créé ; transmettez-lui le mot de passe temporaire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="361" />
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="364" />
        <source>User %1 saved.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="380" />
        <source>User %1 reactivated.</source>
        <translation>Utilisateur %1 réactivé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="380" />
        <source>User %1 deactivated.</source>
        <translation>Utilisateur %1 désactivé.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="399" />
        <source>Password of %1 reset: give them the temporary password.</source>
        <translation>Mot de passe de %1 réinitialisé : transmettez-lui le mot de passe temporaire.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="430" />
        <source>Team %1 created.</source>
        <translation>Équipe %1 créée.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="441" />
        <source>Team renamed %1.</source>
        <translation>Équipe renommée %1.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="451" />
        <source>Team %1 reactivated.</source>
        <translation>Équipe %1 réactivée.</translation>
    </message>
    <message>
        <location filename="../../telerecouv/ui/admin/users.py" line="451" />
        <source>Team %1 deactivated.</source>
        <translation>Équipe %1 désactivée.</translation>
    </message>
</context>
</TS>