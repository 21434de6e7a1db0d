<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Give the key a label, e.g. the chief&apos;s laptop.</source>
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
        <extracomment>Tables whose records travel in packages. Rooms add theirs (patrols, problems, ...).</extracomment>
        <translation>该数据包是在本机生成的。</translation>
    </message>
    <message>
        <source>The package is signed by a key this office has not enrolled (fingerprint {fp}). Enrol the laptop&apos;s key first.</source>
        <translation>该数据包的签名密钥尚未在本办登记（指纹 {fp}）。请先登记该电脑的密钥。</translation>
    </message>
    <message>
        <source>The package is signed by a revoked key ({label}, revoked {when}).</source>
        <translation>该数据包由已撤销的密钥签名（{label}，撤销于 {when}）。</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: it was changed after it was signed.</source>
        <translation>数据包签名无效：签名后被修改过。</translation>
    </message>
    <message>
        <source>The package carries records of an unknown kind ({table}).</source>
        <translation>数据包含有未知类型的记录（{table}）。</translation>
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
        <source>The package&apos;s chains do not match its manifest.</source>
        <translation>数据包中的链与清单不符。</translation>
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
        <source>checking records</source>
        <translation>正在核验记录</translation>
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
        <translation>已存储的文件与其哈希值不再相符。</translation>
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
        <source>The package&apos;s manifest is absurdly large.</source>
        <translation>数据包清单大得离谱。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid JSON.</source>
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
        <source>The package&apos;s manifest lists no members.</source>
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
</context>
</TS>
