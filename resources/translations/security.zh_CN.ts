<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>bulk import</source>
        <translation>批量导入</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>river chief</source>
        <extracomment>permission -&gt; roles holding it (the administrator and SYSTEM hold every permission).</extracomment>
        <translation>河长</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>evaluator</source>
        <translation>考核人员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({permission}).</source>
        <translation>您的角色（{role}）无权执行此操作（{permission}）。</translation>
    </message>
    <message>
        <source>This is outside your area; you may not change it.</source>
        <translation>此记录不在您的辖区内，您无权修改。</translation>
    </message>
    <message>
        <source>This belongs to another chief; you may not change it.</source>
        <translation>此记录属于其他河长，您无权修改。</translation>
    </message>
    <message>
        <source>This is assigned to another unit; you may not change it.</source>
        <translation>此事项已交办给其他单位，您无权修改。</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有该用户。</translation>
    </message>
    <message>
        <source>Unknown role '{role}': use chief, unit, evaluator or admin.</source>
        <translation>未知的角色“{role}”：请用 chief、unit、evaluator 或 admin。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>A chief user must be linked to a registry chief.</source>
        <translation>河长用户必须关联名录中的河长。</translation>
    </message>
    <message>
        <source>A unit user must be linked to a responsible unit.</source>
        <translation>责任单位用户必须关联一个责任单位。</translation>
    </message>
    <message>
        <source>An evaluator needs an area scope.</source>
        <translation>考核人员需要指定辖区范围。</translation>
    </message>
    <message>
        <source>A user needs a sign-in name and a name.</source>
        <translation>用户需要登录名和姓名。</translation>
    </message>
    <message>
        <source>The sign-in name {code} is already used.</source>
        <translation>登录名 {code} 已被使用。</translation>
    </message>
    <message>
        <source>sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator rights.</source>
        <translation>不能取消您自己的管理员权限。</translation>
    </message>
    <message>
        <source>Wrong sign-in name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords; ask an administrator to reset the password.</source>
        <translation>密码错误次数过多，账户已锁定；请管理员重置密码。</translation>
    </message>
    <message>
        <source>This account has no password yet; ask an administrator to set one.</source>
        <translation>该账户尚未设置密码；请管理员设置。</translation>
    </message>
    <message>
        <source>Wrong password {n} times: the account is now locked; ask an administrator to reset the password.</source>
        <translation>密码已错误 {n} 次，账户现已锁定；请管理员重置密码。</translation>
    </message>
    <message>
        <source>This installation has users: please sign in.</source>
        <translation>本机已有用户账户：请登录。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>不能删除您自己的账户。</translation>
    </message>
</context>
</TS>