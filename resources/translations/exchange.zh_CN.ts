<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a key</source>
        <translation>登记密钥</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 位十六进制数字</translation>
    </message>
    <message>
        <source>(the office, or no chief)</source>
        <translation>（河长办，或不属于河长）</translation>
    </message>
    <message>
        <source>(a new laptop)</source>
        <translation>（新电脑）</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>Fingerprint (compare it):</source>
        <translation>指纹（请核对）：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Chief:</source>
        <translation>河长：</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>替换：</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>record {seq} was changed after it was chained</source>
        <translation>第 {seq} 条记录在入链后被修改</translation>
    </message>
    <message>
        <source>the records from number {seq} on are out of order</source>
        <translation>自第 {seq} 条起记录顺序被打乱</translation>
    </message>
    <message>
        <source>records {first}–{last} are missing from the chain</source>
        <translation>链中缺少第 {first}–{last} 条记录</translation>
    </message>
    <message>
        <source>record {seq} is missing from the chain</source>
        <translation>链中缺少第 {seq} 条记录</translation>
    </message>
    <message>
        <source>record {seq} appears twice in the chain</source>
        <translation>第 {seq} 条记录在链中出现两次</translation>
    </message>
    <message>
        <source>record {seq} does not follow the record before it</source>
        <translation>第 {seq} 条记录与前一条记录不衔接</translation>
    </message>
    <message>
        <source>the chain ends at record {seq} but should run to {last}</source>
        <translation>链在第 {seq} 条结束，但应到第 {last} 条</translation>
    </message>
    <message>
        <source>the chain does not end with the record its manifest names</source>
        <translation>链的最后一条记录与清单所列不符</translation>
    </message>
    <message>
        <source>This installation has no signing key yet: create one under Keys.</source>
        <translation>本机尚无签名密钥：请在“密钥”中创建。</translation>
    </message>
    <message>
        <source>The records to export leave a gap in the chain of chief {chief}; export everything since the last acknowledged export.</source>
        <translation>要导出的记录会在河长 {chief} 的链中留下缺口；请导出自上次确认以来的全部记录。</translation>
    </message>
    <message>
        <source>A photo or track file is missing from the media folder ({sha}).</source>
        <translation>媒体文件夹中缺少一张照片或一个轨迹文件（{sha}）。</translation>
    </message>
    <message>
        <source>No imported package has this fingerprint.</source>
        <translation>没有已导入的数据包具有此指纹。</translation>
    </message>
    <message>
        <source>The imported package names no chief: enrol its key for a chief first.</source>
        <translation>导入的数据包未注明河长：请先将其密钥登记到某位河长名下。</translation>
    </message>
    <message>
        <source>This is not a public key: expected 64 hexadecimal digits.</source>
        <translation>这不是公钥：应为 64 位十六进制数字。</translation>
    </message>
    <message>
        <source>Choose a password of at least 4 characters to protect the signing key.</source>
        <translation>请设置至少 4 个字符的密码来保护签名密钥。</translation>
    </message>
    <message>
        <source>This installation already has a signing key.</source>
        <translation>本机已有签名密钥。</translation>
    </message>
    <message>
        <source>Wrong password for the signing key.</source>
        <translation>签名密钥的密码错误。</translation>
    </message>
    <message>
        <source>This key is already enrolled.</source>
        <translation>该密钥已登记。</translation>
    </message>
    <message>
        <source>Give the key a label, e.g. the chief's laptop.</source>
        <translation>请为密钥填写名称，例如河长的笔记本电脑。</translation>
    </message>
    <message>
        <source>No enrolled key has the fingerprint {fp}.</source>
        <translation>没有已登记的密钥的指纹为 {fp}。</translation>
    </message>
    <message>
        <source>replaced by a new laptop</source>
        <translation>已由新电脑替换</translation>
    </message>
    <message>
        <source>A media file does not match its hash.</source>
        <translation>媒体文件与其哈希值不符。</translation>
    </message>
    <message>
        <source>This package was made on this installation.</source>
        <translation>该数据包是在本机生成的。</translation>
    </message>
    <message>
        <source>The package is signed by a revoked key ({label}, revoked {when}).</source>
        <translation>该数据包由已撤销的密钥签名（{label}，撤销于 {when}）。</translation>
    </message>
    <message>
        <source>The package's signature is not valid: it was changed after it was signed.</source>
        <translation>数据包签名无效：签名后被修改过。</translation>
    </message>
    <message>
        <source>Unknown kind of package ({kind}).</source>
        <translation>未知的数据包类型（{kind}）。</translation>
    </message>
    <message>
        <source>Only the office sends receipts and updates, but this package is signed by a chief's laptop ({label}).</source>
        <translation>回执和更新只能由河长办发出，但此数据包由河长的电脑（{label}）签名。</translation>
    </message>
    <message>
        <source>The package carries records of an unknown kind ({table}).</source>
        <translation>数据包含有未知类型的记录（{table}）。</translation>
    </message>
    <message>
        <source>The office's package carries records it may not send ({table}).</source>
        <translation>河长办的数据包中含有其不得发送的记录（{table}）。</translation>
    </message>
    <message>
        <source>A chief's package may not change the registry or a problem's timeline ({table}).</source>
        <translation>河长的数据包不得修改名录或问题的办理过程（{table}）。</translation>
    </message>
    <message>
        <source>A record in the package has no id or revision.</source>
        <translation>数据包中有记录缺少编号或版本号。</translation>
    </message>
    <message>
        <source>Record {seq} of chief {chief} differs from what was chained.</source>
        <translation>河长 {chief} 的第 {seq} 条记录与入链时的内容不同。</translation>
    </message>
    <message>
        <source>The package's chains do not match its manifest.</source>
        <translation>数据包中的链与清单不符。</translation>
    </message>
    <message>
        <source>The package is signed by a key this office has not enrolled (fingerprint {fp}). The administrator enrols the laptop's key first (Exchange, Keys tab), then the package can be imported.</source>
        <translation>该数据包的签名密钥尚未在本办登记（指纹 {fp}）。请系统管理员先在“数据交换 → 密钥”中登记该电脑的密钥，再导入数据包。</translation>
    </message>
    <message>
        <source>The chain of chief {chief} breaks at record {seq} ({kind}): {message}</source>
        <translation>河长 {chief} 的链在第 {seq} 条处断开（{kind}）：{message}</translation>
    </message>
    <message>
        <source>The chain of chief {chief} forks at record {seq}: the office holds a different record there.</source>
        <translation>河长 {chief} 的链在第 {seq} 条处分叉：河长办持有的该条记录与此不同。</translation>
    </message>
    <message>
        <source>A {table} record in the package has fields this installation does not know ({fields}).</source>
        <translation>数据包中的一条 {table} 记录含有本机不认识的字段（{fields}）。</translation>
    </message>
    <message>
        <source>checking records</source>
        <translation>正在核验记录</translation>
    </message>
    <message>
        <source>The package does not fit this database ({error}); nothing was imported.</source>
        <translation>数据包与本数据库不相符（{error}），未导入任何内容。</translation>
    </message>
    <message>
        <source>package {fingerprint}</source>
        <translation>数据包 {fingerprint}</translation>
    </message>
    <message>
        <source>applying records</source>
        <translation>正在写入记录</translation>
    </message>
    <message>
        <source>This conflict is already settled.</source>
        <translation>该冲突已处理。</translation>
    </message>
    <message>
        <source>A stored file no longer matches its hash.</source>
        <extracomment>the chain entry's content was left out of the package: it is the row's own media extracted (and hashed) beside the media store: sha256 -&gt; file</extracomment>
        <translation>已存储的文件与其哈希值不再相符。</translation>
    </message>
    <message>
        <source>Cannot write the package: {error}</source>
        <translation>无法写入交换包：{error}</translation>
    </message>
    <message>
        <source>The package contains a link ({name}): refused.</source>
        <translation>数据包含有链接（{name}），已拒绝。</translation>
    </message>
    <message>
        <source>The package contains an unsafe path ({name}): refused.</source>
        <translation>数据包含有不安全的路径（{name}），已拒绝。</translation>
    </message>
    <message>
        <source>The package contains an unexpected member ({name}).</source>
        <translation>数据包含有意外的成员（{name}）。</translation>
    </message>
    <message>
        <source>The package file does not exist.</source>
        <translation>数据包文件不存在。</translation>
    </message>
    <message>
        <source>This is not a RiverChief package (not a readable zip file).</source>
        <translation>这不是河长巡河数据包（不是可读取的 zip 文件）。</translation>
    </message>
    <message>
        <source>The package is damaged and cannot be read ({error}).</source>
        <translation>数据包已损坏，无法读取（{error}）。</translation>
    </message>
    <message>
        <source>The package has too many members.</source>
        <translation>数据包的成员过多。</translation>
    </message>
    <message>
        <source>The package has duplicate members.</source>
        <translation>数据包含有重复的成员。</translation>
    </message>
    <message>
        <source>The package is too large or too compressed ({name}): refused as a possible zip bomb.</source>
        <translation>数据包过大或压缩比过高（{name}）：疑似压缩炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>The package has no {name}.</source>
        <translation>数据包中没有 {name}。</translation>
    </message>
    <message>
        <source>The package's manifest is absurdly large.</source>
        <translation>数据包清单大得离谱。</translation>
    </message>
    <message>
        <source>The package's manifest is not valid JSON.</source>
        <translation>数据包清单不是有效的 JSON。</translation>
    </message>
    <message>
        <source>This is not a RiverChief package.</source>
        <translation>这不是河长巡河数据包。</translation>
    </message>
    <message>
        <source>Unknown package format version {version}: this app reads version {ours}. Update RiverChief.</source>
        <translation>未知的数据包格式版本 {version}：本程序只能读取版本 {ours}。请更新河长巡河。</translation>
    </message>
    <message>
        <source>The package's manifest lists no members.</source>
        <translation>数据包清单未列出任何成员。</translation>
    </message>
    <message>
        <source>The package contains a member its manifest does not list ({name}).</source>
        <translation>数据包含有清单未列出的成员（{name}）。</translation>
    </message>
    <message>
        <source>A member listed in the manifest is missing ({name}).</source>
        <translation>清单所列成员缺失（{name}）。</translation>
    </message>
    <message>
        <source>The member {name} was changed: its hash does not match the manifest.</source>
        <translation>成员 {name} 被修改过：其哈希值与清单不符。</translation>
    </message>
    <message>
        <source>The member {name} is larger than it claims.</source>
        <translation>成员 {name} 的实际大小超过其声明。</translation>
    </message>
    <message>
        <source>Record line {n} of the package is damaged.</source>
        <translation>数据包第 {n} 行记录已损坏。</translation>
    </message>
    <message>
        <source>not chained (not submitted on a chief's laptop)</source>
        <translation>未入链（不是在河长电脑上提交的）</translation>
    </message>
    <message>
        <source>record {seq} of the chief's chain; the chain verifies</source>
        <translation>河长哈希链第 {seq} 条；链校验通过</translation>
    </message>
    <message>
        <source>record {seq}: does not verify — {problems}</source>
        <translation>第 {seq} 条：校验不通过——{problems}</translation>
    </message>
    <message>
        <source>not received in a package (entered here)</source>
        <translation>未经数据包接收（在本机录入）</translation>
    </message>
    <message>
        <source>{when}, signed by key {fp}</source>
        <translation>{when}，由密钥 {fp} 签名</translation>
    </message>
    <message>
        <source>the record was changed after it was chained</source>
        <translation>该记录在入链后被修改</translation>
    </message>
    <message>
        <source>the record's current revision was never chained</source>
        <translation>该记录的当前版本从未入链</translation>
    </message>
    <message>
        <source>not covered by a chief's hash chain</source>
        <translation>未纳入河长的哈希链</translation>
    </message>
    <message>
        <source>the hash chain does not verify</source>
        <translation>哈希链校验不通过</translation>
    </message>
    <message>
        <source>received after the period ended</source>
        <translation>考核期结束后才收到</translation>
    </message>
    <message>
        <source>suspect verdict</source>
        <translation>判定存疑</translation>
    </message>
    <message>
        <source>invalid verdict</source>
        <translation>判定无效</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>checking the evidence</source>
        <translation>正在核查证据</translation>
    </message>
    <message>
        <source>first received {when}</source>
        <translation>首次收到于 {when}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Create the signing key</source>
        <translation>创建签名密钥</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>撤销密钥</translation>
    </message>
    <message>
        <source>Refuse packages signed by {fp} from now on? Packages imported before stay.</source>
        <translation>从现在起拒收由 {fp} 签名的数据包？之前已导入的数据包保留。</translation>
    </message>
    <message>
        <source>revoked in the keys page</source>
        <translation>在密钥页面撤销</translation>
    </message>
    <message>
        <source>Nothing new since the last acknowledged export.</source>
        <translation>自上次确认的导出以来没有新内容。</translation>
    </message>
    <message>
        <source>{table}: {n} records</source>
        <translation>{table}：{n} 条记录</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>Sign the package</source>
        <translation>签名数据包</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>正在写入数据包</translation>
    </message>
    <message>
        <source>The package was written to {path}. Take it to the river-chief office.</source>
        <translation>数据包已写入 {path}。请把它交给河长办。</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>正在核验数据包</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>正在导入数据包</translation>
    </message>
    <message>
        <source>Refused: {error}</source>
        <translation>已拒绝：{error}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>older revisions kept</source>
        <translation>保留的旧版本</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>{path}: already imported, nothing changed.</source>
        <translation>{path}：已导入过，未做任何更改。</translation>
    </message>
    <message>
        <source>{path}: signature, hashes and chains verify (key {fp}, author {author}). Check the changes below, then apply them.</source>
        <translation>{path}：签名、哈希和链均核验通过（密钥 {fp}，作者 {author}）。请核对下面的变更，然后应用。</translation>
    </message>
    <message>
        <source>{path}: imported.</source>
        <translation>{path}：已导入。</translation>
    </message>
    <message>
        <source>Receipt from the office: your package was received {when}; {n} of your records were accepted.</source>
        <translation>河长办回执：您的数据包于 {when} 收到，其中 {n} 条记录已被接收。</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>{judged} patrols judged again with this office's rule set; {changed} verdicts differ from the laptop's.</source>
        <translation>已按本办公室现行规则重新核验 {judged} 条巡河记录；其中 {changed} 条的结论与笔记本上的不同。</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>waters</source>
        <translation>河湖</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>chiefs</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>problem steps</source>
        <translation>问题办理记录</translation>
    </message>
    <message>
        <source>problem files</source>
        <translation>问题附件</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>patrols</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <source>patrol revisions</source>
        <translation>巡河记录修订</translation>
    </message>
    <message>
        <source>track files</source>
        <translation>轨迹文件</translation>
    </message>
    <message>
        <source>Updates from the office applied: {updates}.</source>
        <translation>已应用河长办的更新：{updates}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(binary data, {n} bytes)</source>
        <translation>（二进制数据，{n} 字节）</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>无新内容</translation>
    </message>
    <message>
        <source>Nothing new from the office.</source>
        <translation>河长办没有新的内容。</translation>
    </message>
    <message>
        <source>{n} records were changed here too: both revisions are kept.</source>
        <translation>有 {n} 条记录在本机也被修改过：两个版本均已保留。</translation>
    </message>
    <message>
        <source>Save the updates</source>
        <translation>保存更新包</translation>
    </message>
    <message>
        <source>Sign the updates</source>
        <translation>为更新包签名</translation>
    </message>
    <message>
        <source>Writing the updates</source>
        <translation>正在写更新包</translation>
    </message>
    <message>
        <source>The updates were written to {path}. Give them to the chief.</source>
        <translation>更新包已写入 {path}，请交给河长。</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <source>Sign the receipt</source>
        <translation>签名回执</translation>
    </message>
    <message>
        <source>Writing the receipt</source>
        <translation>正在写回执</translation>
    </message>
    <message>
        <source>The receipt was written to {path}. Give it to the chief.</source>
        <translation>回执已写入 {path}，请交给河长。</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>This installation has no signing key yet.</source>
        <translation>本机尚无签名密钥。</translation>
    </message>
    <message>
        <source>This installation's public key: {key}
Fingerprint (read it to the office): {fp}</source>
        <translation>本机公钥：{key}
指纹（请读给河长办核对）：{fp}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Export for the office</source>
        <translation>导出给河长办</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Create the signing key…</source>
        <translation>创建签名密钥…</translation>
    </message>
    <message>
        <source>Keys this office accepts packages from:</source>
        <translation>本办接收以下密钥签名的数据包：</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Enrol a key…</source>
        <translation>登记密钥…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Chief:</source>
        <translation>河长：</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>Export and sign…</source>
        <translation>导出并签名…</translation>
    </message>
    <message>
        <source>Registry changes and problem updates for this chief's laptop…</source>
        <translation>为该河长的电脑导出名录变更和问题进展…</translation>
    </message>
    <message>
        <source>Open a package…</source>
        <translation>打开数据包…</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>应用变更</translation>
    </message>
    <message>
        <source>Write a receipt…</source>
        <translation>出具回执…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Packages received (the receipt time bounds when the records existed):</source>
        <translation>已接收的数据包（接收时间可证明记录最晚何时已存在）：</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Local revision</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Keep this installation's revision</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>Take the incoming revision</source>
        <translation>采用传入版本</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Weak evidence</source>
        <translation>证据薄弱</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of the signing key:</source>
        <translation>签名密钥的密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>WeakEvidencePage</name>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Checking the evidence…</source>
        <translation>正在核查证据…</translation>
    </message>
    <message>
        <source>Checking the evidence</source>
        <translation>正在核查证据</translation>
    </message>
    <message>
        <source>{n} patrols of {period} with weak evidence</source>
        <translation>{period} 有 {n} 条巡河记录证据薄弱</translation>
    </message>
    <message>
        <source>Double-click a row to open the patrol.</source>
        <translation>双击一行打开该巡河记录。</translation>
    </message>
    <message>
        <source>Weak evidence</source>
        <translation>证据薄弱</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Patrols whose evidence is weak: no chief's hash chain covers them, or the chain does not verify; the office received them after the period ended; or the verdict is suspect or invalid. A signature proves who exported a record and that it was not changed since; it does not prove the record is true.</source>
        <translation>证据薄弱的巡河记录：未纳入河长的哈希链或哈希链校验不通过；河长办在考核期结束后才收到；或判定为存疑、无效。签名只能证明记录由谁导出、导出后未被改动，不能证明记录内容属实。</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>考核期：</translation>
    </message>
    <message>
        <source>2026Q3, 2026-07 or 2026</source>
        <translation>2026Q3、2026-07 或 2026</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>WeakModel</name>
    <message>
        <source>Patrol started</source>
        <translation>巡河开始</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Received by the office</source>
        <translation>河长办收到时间</translation>
    </message>
    <message>
        <source>Why the evidence is weak</source>
        <translation>证据薄弱的原因</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未收到</translation>
    </message>
</context>
</TS>