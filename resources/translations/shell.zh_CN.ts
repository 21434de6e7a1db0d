<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;RiverChief 河长巡河 {version}&lt;/h3&gt;&lt;p&gt;Offline patrol logging, problem and outfall ledgers, water quality and accountability assessment for the river and lake chief system.&lt;/p&gt;&lt;p&gt;Chinese text uses WenQuanYi Micro Hei (Apache License 2.0), shipped with the app.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;河长巡河 RiverChief {version}&lt;/h3&gt;&lt;p&gt;面向河湖长制的离线巡河记录、问题与排污口台账、水质评价和考核问责软件。&lt;/p&gt;&lt;p&gt;中文字体使用随软件附带的文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About RiverChief</source>
        <translation>关于河长巡河</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>每日备份已写入 {path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>每日备份失败：{error}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup, not the open database itself.</source>
        <translation>请选择一个备份文件，而不是当前打开的数据库本身。</translation>
    </message>
    <message>
        <source>Replace the open database with the backup {backup}?

The backup is checked first. The current database is kept aside as a file beside it, so you can go back to it.</source>
        <translation>用备份 {backup} 替换当前打开的数据库吗？

会先检查备份。当前数据库会先另存为旁边的一个文件，需要时可以恢复回去。</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>已恢复 {backup}。</translation>
    </message>
    <message>
        <source>The previous database was kept as {aside}.</source>
        <translation>原数据库已另存为 {aside}。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {error}

Your saved data is safe. The details were written to the log file:
{log}</source>
        <translation>出现错误：{error}

已保存的数据是安全的。详细信息已写入日志文件：
{log}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RiverChief</source>
        <translation>欢迎使用河长巡河</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to RiverChief 河长巡河&lt;/h3&gt;&lt;p&gt;There is no database on this computer yet. The demo district is a complete made-up district with waters, chiefs, patrols, problems and samples: the quickest way to see what the app does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用河长巡河&lt;/h3&gt;&lt;p&gt;这台电脑上还没有数据库。示范区是一个完整的虚构区县，包含河湖、河长、巡河记录、问题和水质样品，是了解本软件最快的方式。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo district</source>
        <translation>打开示范区</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>Open a database file…</source>
        <translation>打开数据库文件…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>RiverChief — river and lake chief patrols</source>
        <translation>河长巡河 — 河湖长履职管理</translation>
    </message>
    <message>
        <source>Log patrols, follow every problem and outfall until it is fixed, and score each chief on patrol duty, problem handling and water quality.</source>
        <translation>记录巡河，跟踪每个问题和排污口直至真正整改到位，并按巡河履职、问题处置和水质对每位河长考核评分。</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role}).</source>
        <translation>当前用户：{name}（{role}）。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>Counting what waits</source>
        <translation>正在统计待办事项</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Nothing is waiting for you.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>{level}:</source>
        <translation>{level}：</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The background process stopped without a result (exit code {code}): it may have run out of memory or been ended from outside.</source>
        <translation>后台进程未返回结果即已退出（退出码 {code}）：可能内存不足，或被外部结束。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RiverChief 河长巡河</source>
        <translation>河长巡河 RiverChief</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About RiverChief</source>
        <translation>关于河长巡河(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>The file already exists; choose a new name.</source>
        <translation>文件已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Updating the database to this version</source>
        <translation>正在将数据库升级到此版本</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Backups are taken before migrations and imports and once a day; the oldest go when there are more than this.</source>
        <translation>在升级数据库结构和导入之前以及每天都会自动备份；备份超过此数量时删除最旧的。</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>保留备份数：</translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <source>Database in a synchronised folder</source>
        <translation>数据库位于同步文件夹中</translation>
    </message>
    <message>
        <source>Don't warn again for this file</source>
        <translation>不再就此文件提醒</translation>
    </message>
</context>
</TS>