<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>river chief</source>
        <extracomment>permission -&gt; roles holding it (the administrator and SYSTEM hold every permission).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({permission}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is outside your area; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to another chief; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is assigned to another unit; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;: use chief, unit, evaluator or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chief user must be linked to a registry chief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit user must be linked to a responsible unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluator needs an area scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a sign-in name and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in name {code} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong sign-in name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords; ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no password yet; ask an administrator to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password {n} times: the account is now locked; ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has users: please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
