<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Outfalls</name>
    <message>
        <source>found</source>
        <translation>排查</translation>
    </message>
    <message>
        <source>monitored</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>traced</source>
        <translation>溯源</translation>
    </message>
    <message>
        <source>remediated</source>
        <translation>整治</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>urban sewage plant</source>
        <translation>城镇污水处理厂</translation>
    </message>
    <message>
        <source>agricultural</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>取缔</translation>
    </message>
    <message>
        <source>clean up and merge</source>
        <translation>清理合并</translation>
    </message>
    <message>
        <source>regulate</source>
        <translation>规范整治</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连续排放</translation>
    </message>
    <message>
        <source>intermittent</source>
        <translation>间歇排放</translation>
    </message>
    <message>
        <source>rainy season only</source>
        <translation>雨季排放</translation>
    </message>
    <message>
        <source>no discharge</source>
        <translation>无排放</translation>
    </message>
    <message>
        <source>registered in the survey</source>
        <translation>排查登记</translation>
    </message>
    <message>
        <source>plan set</source>
        <translation>制定整治方案</translation>
    </message>
    <message>
        <source>milestone done</source>
        <translation>完成节点</translation>
    </message>
    <message>
        <source>monitoring result</source>
        <translation>录入监测结果</translation>
    </message>
    <message>
        <source>stage reached</source>
        <translation>进入新阶段</translation>
    </message>
    <message>
        <source>details corrected</source>
        <translation>修改登记信息</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as 2026-07-01).</source>
        <translation>“{value}”不是日期（请写成 2026-07-01）。</translation>
    </message>
    <message>
        <source>No such outfall.</source>
        <translation>没有这个排污口。</translation>
    </message>
    <message>
        <source>An outfall needs a code and a name.</source>
        <translation>排污口须有编码和名称。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>编码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>Unknown outfall type &apos;{value}&apos;.</source>
        <translation>未知的排污口类型“{value}”。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unknown discharge mode &apos;{value}&apos;.</source>
        <translation>未知的排放方式“{value}”。</translation>
    </message>
    <message>
        <source>discharge mode</source>
        <translation>排放方式</translation>
    </message>
    <message>
        <source>No such segment.</source>
        <translation>没有这个河段。</translation>
    </message>
    <message>
        <source>Give the receiving segment or the area.</source>
        <translation>请填写受纳河段或所在区域。</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>The coordinate is out of range.</source>
        <translation>坐标超出范围。</translation>
    </message>
    <message>
        <source>The outfall is closed; it can no longer change.</source>
        <translation>该排污口已销号，不能再修改。</translation>
    </message>
    <message>
        <source>Unknown remediation category &apos;{value}&apos;.</source>
        <translation>未知的整治类型“{value}”。</translation>
    </message>
    <message>
        <source>remediation</source>
        <translation>整治类型</translation>
    </message>
    <message>
        <source>Write the measures of the plan.</source>
        <translation>请填写整治措施。</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>整治措施</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整治时限</translation>
    </message>
    <message>
        <source>milestone {n}</source>
        <translation>节点 {n}</translation>
    </message>
    <message>
        <source>A milestone needs a title.</source>
        <translation>节点须有名称。</translation>
    </message>
    <message>
        <source>The outfall is closed; its plan can no longer change.</source>
        <translation>排污口已销号，方案不能再修改。</translation>
    </message>
    <message>
        <source>No such milestone.</source>
        <translation>没有这个节点。</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>sampled on</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Name the measured parameter.</source>
        <translation>请填写监测指标。</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>监测指标</translation>
    </message>
    <message>
        <source>A measured value cannot be negative.</source>
        <translation>监测值不能为负。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>监测值</translation>
    </message>
    <message>
        <source>Add a monitoring result first.</source>
        <translation>请先录入监测结果。</translation>
    </message>
    <message>
        <source>Say what the outfall was traced to.</source>
        <translation>请填写溯源结果。</translation>
    </message>
    <message>
        <source>Set the plan of this outfall first (一口一策).</source>
        <translation>请先制定该排污口的整治方案（一口一策）。</translation>
    </message>
    <message>
        <source>Add at least one photo after the remediation or a document as evidence.</source>
        <translation>请至少附一张整治后照片或一份文件作为整治证据。</translation>
    </message>
    <message>
        <source>You reported the remediation yourself; another user must verify it.</source>
        <translation>整治由您本人报送，须由另一用户核查销号。</translation>
    </message>
    <message>
        <source>Not every milestone of the plan is done.</source>
        <translation>方案中还有节点未完成。</translation>
    </message>
    <message>
        <source>The outfall is closed.</source>
        <translation>排污口已销号。</translation>
    </message>
    <message>
        <source>You may not manage this outfall.</source>
        <translation>您无权管理此排污口。</translation>
    </message>
    <message>
        <source>No such outfall, or it is not yours to see.</source>
        <translation>没有这个排污口，或您无权查看。</translation>
    </message>
</context>
</TS>
