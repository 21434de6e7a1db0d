<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>新增用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The latest 500 changes. The audit log cannot be edited.</source>
        <translation>最近 500 条修改记录。审计日志不可编辑。</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <source>Signed in as {name} ({code}), {role}</source>
        <translation>当前用户：{name}（{code}），{role}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {code} (they must change it at next sign-in):</source>
        <translation>{code} 的新密码（下次登录时须修改）：</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>正在写出审计日志…</translation>
    </message>
    <message>
        <source>{n} entries written to {path}.</source>
        <translation>{n} 条记录已写入 {path}。</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出，未写出文件。</translation>
    </message>
</context>
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
        <source>areas</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>waters</source>
        <translation>河湖</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>monitoring sections</source>
        <translation>监测断面</translation>
    </message>
    <message>
        <source>chiefs</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>河长任职</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>公示牌</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>patrols</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <source>patrol segments</source>
        <translation>巡河河段</translation>
    </message>
    <message>
        <source>patrol photos</source>
        <translation>巡河照片</translation>
    </message>
    <message>
        <source>patrol corrections</source>
        <translation>巡河更正</translation>
    </message>
    <message>
        <source>patrol drafts</source>
        <translation>巡河草稿</translation>
    </message>
    <message>
        <source>patrol verdicts</source>
        <translation>巡河核验结果</translation>
    </message>
    <message>
        <source>track files</source>
        <translation>轨迹文件</translation>
    </message>
    <message>
        <source>photos and files</source>
        <translation>照片与文件</translation>
    </message>
    <message>
        <source>water samples</source>
        <translation>水质监测数据</translation>
    </message>
    <message>
        <source>sample values</source>
        <translation>监测指标值</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>problem steps</source>
        <translation>问题处理过程</translation>
    </message>
    <message>
        <source>problem files</source>
        <translation>问题照片与材料</translation>
    </message>
    <message>
        <source>problems of the same kind</source>
        <translation>同类问题关联</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>supervision batches</source>
        <translation>督察反馈批次</translation>
    </message>
    <message>
        <source>outfalls</source>
        <translation>排污口</translation>
    </message>
    <message>
        <source>outfall milestones</source>
        <translation>排污口整治节点</translation>
    </message>
    <message>
        <source>outfall monitoring</source>
        <translation>排污口监测</translation>
    </message>
    <message>
        <source>outfall steps</source>
        <translation>排污口处理过程</translation>
    </message>
    <message>
        <source>outfall files</source>
        <translation>排污口照片与材料</translation>
    </message>
    <message>
        <source>assessment runs</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>assessment results</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>score adjustments</source>
        <translation>得分调整</translation>
    </message>
    <message>
        <source>bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>praise and accountability</source>
        <translation>表扬与问责</translation>
    </message>
    <message>
        <source>hash chain entries</source>
        <translation>哈希链记录</translation>
    </message>
    <message>
        <source>signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>enrolled keys</source>
        <translation>登记密钥</translation>
    </message>
    <message>
        <source>packages received</source>
        <translation>已接收数据包</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>earlier revisions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人及电话</translation>
    </message>
    <message>
        <source>assigned at</source>
        <translation>交办时间</translation>
    </message>
    <message>
        <source>hours to return</source>
        <translation>可退回时限（小时）</translation>
    </message>
    <message>
        <source>public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>days of notice</source>
        <translation>公示天数</translation>
    </message>
    <message>
        <source>notice from</source>
        <translation>公示开始</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>fix reported by</source>
        <translation>整改报送人</translation>
    </message>
    <message>
        <source>fix reported at</source>
        <translation>整改报送时间</translation>
    </message>
    <message>
        <source>verified by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>re-inspection on</source>
        <translation>回头看日期</translation>
    </message>
    <message>
        <source>re-inspection result</source>
        <translation>回头看结果</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>反复问题</translation>
    </message>
    <message>
        <source>times reopened</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <source>category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>supervision batch</source>
        <translation>督察反馈批次</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>what</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>when</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>by (sign-in name)</source>
        <translation>操作人（登录名）</translation>
    </message>
    <message>
        <source>by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>from state</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>to state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>problem of the same kind</source>
        <translation>同类问题</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <extracomment>reference fields and how the record they name is shown (its code or name)</extracomment>
        <translation>无法写入文件：{error}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>History of {what}</source>
        <translation>{what} 的修改历史</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Every change to this record, oldest first. The history cannot be edited.</source>
        <translation>此记录的全部修改，按时间先后排列。修改历史不可编辑。</translation>
    </message>
    <message>
        <source>Created on {at} together with other records in one bulk entry.</source>
        <translation>创建于 {at}，与其他记录一起批量写入（共用一条日志）。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出修改历史</translation>
    </message>
    <message>
        <source>{n} entries written.</source>
        <translation>已写出 {n} 条记录。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Users and audit</source>
        <translation>用户与审计</translation>
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
        <source>keep the registry</source>
        <translation>维护名录</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>manage one's own account</source>
        <translation>管理本人账户</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>log patrols</source>
        <translation>填报巡河</translation>
    </message>
    <message>
        <source>review patrols</source>
        <translation>核验巡河记录</translation>
    </message>
    <message>
        <source>report problems</source>
        <translation>上报问题</translation>
    </message>
    <message>
        <source>manage the problem ledger</source>
        <translation>管理问题台账</translation>
    </message>
    <message>
        <source>rectify problems</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <source>manage the outfall ledger</source>
        <translation>管理排污口台账</translation>
    </message>
    <message>
        <source>manage water quality</source>
        <translation>管理水质数据</translation>
    </message>
    <message>
        <source>run the assessment</source>
        <translation>开展考核</translation>
    </message>
    <message>
        <source>export packages</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>import packages</source>
        <translation>导入数据包</translation>
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
    <message>
        <source>{area} is outside your area; you may not see it.</source>
        <translation>{area}不在您的辖区内，您无权查看。</translation>
    </message>
    <message>
        <source>All areas are more than your area; choose your own area.</source>
        <translation>全部区域超出您的辖区，请选择本辖区。</translation>
    </message>
    <message>
        <source>{chief} is a chief outside your area; you may not see their assessment.</source>
        <translation>{chief}不是您辖区内的河长，您无权查看其考核。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in to {path}</source>
        <translation>登录到 {path}</translation>
    </message>
    <message>
        <source>An administrator set your password; please choose your own.</source>
        <translation>管理员为您设置了密码，请改为您自己的密码。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>chief code, unit code or area code</source>
        <translation>河长编码、单位编码或区划代码</translation>
    </message>
    <message>
        <source>Sign-in name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Linked to (code):</source>
        <translation>关联（编码）：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>No {what} with code '{code}'.</source>
        <translation>没有编码为“{code}”的{what}。</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>area</source>
        <translation>行政区划</translation>
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