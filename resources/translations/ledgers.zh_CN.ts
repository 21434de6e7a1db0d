<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Publish the fix for public notice before closing</source>
        <translation>销号前对整改情况进行公示</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改时限：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>整改要求：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人及电话：</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>新的整改时限：</translation>
    </message>
    <message>
        <source>Add photo or document…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <source>photo after the fix</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>整改证据：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Evidence of the fix</source>
        <translation>整改证据</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx)</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <source>{code}: to stage {stage}</source>
        <translation>{code}：进入“{stage}”阶段</translation>
    </message>
    <message>
        <source>brought to standard (规范化)</source>
        <translation>已规范化</translation>
    </message>
    <message>
        <source>Traced to:</source>
        <translation>溯源结果：</translation>
    </message>
    <message>
        <source>Add photo or document…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>整治证据：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Evidence of the remediation</source>
        <translation>整治证据</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Problems</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Outfalls</source>
        <translation>排污口台账</translation>
    </message>
</context>
<context>
    <name>OutfallsPage</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>整治类型</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整治时限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>编号或名称</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All remediation categories</source>
        <translation>全部整治类型</translation>
    </message>
    <message>
        <source>Sign in to see the outfall ledger.</source>
        <translation>请登录后查看排污口台账。</translation>
    </message>
    <message>
        <source>{stage} ({share:.0%})</source>
        <translation>{stage}（{share:.0%}）</translation>
    </message>
    <message>
        <source>overdue; {days} days to {deadline}</source>
        <translation>逾期；距{deadline}还有{days}天</translation>
    </message>
    <message>
        <source>Choose an outfall in the ledger.</source>
        <translation>请在台账中选择一个排污口。</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>国家编码：</translation>
    </message>
    <message>
        <source>Receiving water:</source>
        <translation>受纳水体：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>河段：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Discharge:</source>
        <translation>排放方式：</translation>
    </message>
    <message>
        <source>Responsible entity:</source>
        <translation>责任主体：</translation>
    </message>
    <message>
        <source>Remediation:</source>
        <translation>整治类型：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>整治措施：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整治时限：</translation>
    </message>
    <message>
        <source>Traced to:</source>
        <translation>溯源结果：</translation>
    </message>
    <message>
        <source>Remediated:</source>
        <translation>是否完成整治：</translation>
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
        <source>Brought to standard:</source>
        <translation>是否规范化：</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>核查人：</translation>
    </message>
    <message>
        <source>Milestone: {title}, due {due}, {state}</source>
        <translation>节点：{title}，时限 {due}，{state}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>{day} 完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Monitoring {day}: {parameter} {value} {unit}</source>
        <translation>监测 {day}：{parameter} {value} {unit}</translation>
    </message>
    <message>
        <source>Move to stage: {stage}</source>
        <translation>进入下一阶段：{stage}</translation>
    </message>
    <message>
        <source>Outfall</source>
        <translation>排污口</translation>
    </message>
    <message>
        <source>Export the outfall ledger</source>
        <translation>导出排污口台账</translation>
    </message>
    <message>
        <source>outfall ledger.xlsx</source>
        <translation>排污口台账.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ProblemDetail</name>
    <message>
        <source>Choose a problem in the ledger.</source>
        <translation>请在台账中选择一个问题。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>问题来源：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>问题类别：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>河段：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>整改要求：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改时限：</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>验收人：</translation>
    </message>
    <message>
        <source>Re-inspection:</source>
        <translation>回头看日期：</translation>
    </message>
    <message>
        <source>Recurring:</source>
        <translation>反复问题：</translation>
    </message>
    <message>
        <source>reopened {n} time(s) at re-inspection</source>
        <translation>回头看时重新打开 {n} 次</translation>
    </message>
    <message>
        <source>Photos when found</source>
        <translation>问题照片（整改前）</translation>
    </message>
    <message>
        <source>Evidence of the fix</source>
        <translation>整改证据（整改后）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Print assignment slip…</source>
        <translation>打印交办单…</translation>
    </message>
    <message>
        <source>Print rectification notice…</source>
        <translation>打印整改通知书…</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Code or words</source>
        <translation>编号或关键词</translation>
    </message>
    <message>
        <source>Segment code</source>
        <translation>河段编码</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登记问题…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <source>Sign in to see the problem ledger.</source>
        <translation>请登录后查看问题台账。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>closed this month</source>
        <translation>本月销号</translation>
    </message>
    <message>
        <source>re-inspections due</source>
        <translation>待回头看</translation>
    </message>
    <message>
        <source>Register a problem</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>assignment slip {code}.pdf</source>
        <translation>交办单 {code}.pdf</translation>
    </message>
    <message>
        <source>rectification notice {code}.pdf</source>
        <translation>整改通知书 {code}.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export the problem ledger</source>
        <translation>导出问题台账</translation>
    </message>
    <message>
        <source>problem ledger.xlsx</source>
        <translation>问题台账.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a problem</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>Segment code</source>
        <translation>河段编码</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>问题来源：</translation>
    </message>
    <message>
        <source>Complaint or batch:</source>
        <translation>投诉或督察批次：</translation>
    </message>
    <message>
        <source>Patrol:</source>
        <translation>巡河记录：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>问题类别：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>河段：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>问题照片：</translation>
    </message>
    <message>
        <source>Photos when found</source>
        <translation>问题照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <source>No segment has the code {code}.</source>
        <translation>没有编码为 {code} 的河段。</translation>
    </message>
</context>
</TS>