<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the file: permission denied.</source>
        <translation>无法读取该文件：权限不足。</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>This file is not a RiverChief database (it is not an SQLite file). It was not changed.</source>
        <translation>该文件不是河长巡河数据库（不是 SQLite 文件），文件未被改动。</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read ({error}).</source>
        <translation>数据库文件已损坏，无法读取（{error}）。</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not RiverChief. It was not changed.</source>
        <translation>该 SQLite 文件属于其他程序，不是河长巡河的数据库，文件未被改动。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of RiverChief (schema {theirs}, this app knows {ours}). Install the newer version to open it; the file was not changed.</source>
        <translation>该数据库由更新版本的河长巡河写入（结构版本 {theirs}，本程序支持到 {ours}）。请安装新版本后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder: {error}</source>
        <translation>无法创建文件夹：{error}</translation>
    </message>
    <message>
        <source>The folder is read-only. RiverChief writes its journal beside the database: copy the file to a folder you can write to, or ask for write access.</source>
        <translation>该文件夹为只读。河长巡河需要在数据库旁写入日志文件：请把文件复制到可写的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>Keep between 1 and {most} backups (not {n}).</source>
        <translation>保留的备份数须在 1 到 {most} 之间（不能是 {n}）。</translation>
    </message>
    <message>
        <source>The database is busy: another program has been writing to it for over a minute. Nothing was saved; try again in a moment.</source>
        <translation>数据库正忙：另一个程序已持续写入超过一分钟。本次未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>Could not set the journal mode {mode} (got {actual}).</source>
        <translation>无法设置日志模式 {mode}（实际为 {actual}）。</translation>
    </message>
    <message>
        <source>No database at this path.</source>
        <translation>该路径下没有数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>无法打开数据库：{error}</translation>
    </message>
    <message>
        <source>Cannot use the database: {error}</source>
        <translation>无法使用数据库：{error}</translation>
    </message>
    <message>
        <source>integrity: {line}</source>
        <translation>完整性：{line}</translation>
    </message>
    <message>
        <source>foreign key: row {rowid} of {table} points to a missing {parent}</source>
        <translation>外键：{table} 的第 {rowid} 行指向不存在的 {parent}</translation>
    </message>
    <message>
        <source>schema: migrations not applied: {names}</source>
        <translation>结构：尚未应用的迁移：{names}</translation>
    </message>
    <message>
        <source>schema: the file is not marked as RiverChief's</source>
        <translation>结构：文件未标记为河长巡河数据库</translation>
    </message>
    <message>
        <source>No backup file at this path.</source>
        <translation>该路径下没有备份文件。</translation>
    </message>
    <message>
        <source>Cannot read the backup: {error}</source>
        <translation>无法读取备份：{error}</translation>
    </message>
    <message>
        <source>The backup is damaged: {problems}</source>
        <translation>备份已损坏：{problems}</translation>
    </message>
    <message>
        <source>{user} on computer {host} (process {pid}, since {since})</source>
        <translation>计算机 {host} 上的 {user}（进程 {pid}，自 {since} 起）</translation>
    </message>
    <message>
        <source>another RiverChief window</source>
        <translation>另一个河长巡河窗口</translation>
    </message>
    <message>
        <source>This database is on a network share and is already open by {who}. On a share only one computer may write at a time: close RiverChief there first, or copy the file to this computer's own disk and work on the copy.</source>
        <translation>此数据库位于网络共享上，已被{who}打开。网络共享上同一时间只能有一台计算机写入：请先在那里关闭河长巡河，或将文件复制到本机磁盘上，使用副本工作。</translation>
    </message>
    <message>
        <source>This database is already open in RiverChief by {who}. Switch to that window, or close it there first.</source>
        <translation>此数据库已在河长巡河中被{who}打开。请切换到那个窗口，或先在那里关闭它。</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside the database: {error}</source>
        <translation>无法在数据库旁创建锁文件：{error}</translation>
    </message>
    <message>
        <source>Cannot write the backup: {error}</source>
        <translation>无法写入备份：{error}</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>Nutstore</source>
        <translation>坚果云</translation>
    </message>
    <message>
        <source>Baidu sync disk</source>
        <translation>百度网盘同步盘</translation>
    </message>
    <message>
        <source>iCloud Drive</source>
        <translation>iCloud 云盘</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google 云端硬盘</translation>
    </message>
    <message>
        <source>This database is in a folder that {client} synchronises ({folder}). A sync client that copies the file while RiverChief writes to it can damage the database, or leave "conflicted copy" files beside it. Close RiverChief, move the database to a local folder that is not synchronised, such as {suggestion}, and open it there; keep copies with backups instead.</source>
        <translation>此数据库位于 {client} 同步的文件夹中（{folder}）。同步软件在河长巡河写入数据库时复制该文件，可能损坏数据库，或在旁边留下“冲突副本”文件。请关闭河长巡河，将数据库移到不同步的本地文件夹（例如 {suggestion}），再从那里打开；需要副本时请使用备份。</translation>
    </message>
    <message>
        <source>warning: {path}: {text}</source>
        <translation>警告：{path}：{text}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; reload it and try again.</source>
        <translation>该记录已被他人修改，请重新加载后再试。</translation>
    </message>
</context>
</TS>