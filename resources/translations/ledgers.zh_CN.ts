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
        <source>photo after the remediation</source>
        <translation>整治后照片</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
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
        <source>You verify the remediation reported by {user} and close the outfall.</source>
        <translation>您将核验 {user} 报送的整治情况，并对该排污口销号。</translation>
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
    <name>BatchDialog</name>
    <message>
        <source>Correct batch {code}</source>
        <translation>修改批次 {code}</translation>
    </message>
    <message>
        <source>Register a supervision feedback batch</source>
        <translation>登记督察反馈批次</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>督察层级：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>批次名称：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>反馈日期：</translation>
    </message>
    <message>
        <source>Complete by:</source>
        <translation>要求完成日期：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>所属区域：</translation>
    </message>
</context>
<context>
    <name>CampaignBar</name>
    <message>
        <source>{shares}; {elapsed:.0%} of the year gone</source>
        <translation>{shares}；全年时间已过 {elapsed:.0%}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Correct complaint {code}</source>
        <translation>修改投诉 {code}</translation>
    </message>
    <message>
        <source>Register a public complaint</source>
        <translation>登记信访投诉</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名投诉</translation>
    </message>
    <message>
        <source>Received via:</source>
        <translation>受理渠道：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Complainant:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>所属区域：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>投诉内容：</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>要求完成日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Public complaints</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>Supervision feedback batches</source>
        <translation>督察反馈批次</translation>
    </message>
    <message>
        <source>Code, content or complainant</source>
        <translation>编号、内容或投诉人</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>仅显示未答复</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Register a batch…</source>
        <translation>登记批次…</translation>
    </message>
    <message>
        <source>Register a problem from it…</source>
        <translation>据此登记问题…</translation>
    </message>
    <message>
        <source>Register a problem of the batch…</source>
        <translation>登记本批次问题…</translation>
    </message>
    <message>
        <source>Sign in to see complaints and supervision batches.</source>
        <translation>请登录后查看信访投诉和督察反馈。</translation>
    </message>
    <message>
        <source>Choose a complaint.</source>
        <translation>请选择一条投诉。</translation>
    </message>
    <message>
        <source>Received via:</source>
        <translation>受理渠道：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Complainant:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>所属区域：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <source>Replied on:</source>
        <translation>答复日期：</translation>
    </message>
    <message>
        <source>Change the reply…</source>
        <translation>修改答复…</translation>
    </message>
    <message>
        <source>Problems registered from it: {n}</source>
        <translation>由此登记的问题：{n} 个</translation>
    </message>
    <message>
        <source>Choose a batch.</source>
        <translation>请选择一个督察反馈批次。</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>督察层级：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>反馈日期：</translation>
    </message>
    <message>
        <source>Complete by:</source>
        <translation>要求完成日期：</translation>
    </message>
    <message>
        <source>(passed {n} days ago)</source>
        <translation>（已过期 {n} 天）</translation>
    </message>
    <message>
        <source>{closed} of {total} closed ({rate:.0%})</source>
        <translation>已销号 {closed}/{total}（{rate:.0%}）</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>逾期问题：{n} 个</translation>
    </message>
    <message>
        <source>Problems of the batch: {n}</source>
        <translation>本批次问题：{n} 个</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Same kind as {code} (举一反三)</source>
        <translation>与 {code} 同类（举一反三）</translation>
    </message>
    <message>
        <source>Problem code:</source>
        <translation>问题编号：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Give the code of the other problem.</source>
        <translation>请填写另一问题的编号。</translation>
    </message>
    <message>
        <source>problem code</source>
        <translation>问题编号</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone done: {title}</source>
        <translation>节点完成：{title}</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Monitoring result of {code}</source>
        <translation>{code} 的监测结果</translation>
    </message>
    <message>
        <source>the discharge limit, when one applies</source>
        <translation>适用时填写排放限值</translation>
    </message>
    <message>
        <source>Sampled on:</source>
        <translation>采样日期：</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>监测指标：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>监测值：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>限值：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>监测值</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>限值</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Ledger overview</source>
        <translation>台账总览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Complaints and supervision</source>
        <translation>信访与督察</translation>
    </message>
    <message>
        <source>Outfalls</source>
        <translation>排污口台账</translation>
    </message>
</context>
<context>
    <name>OutfallDialog</name>
    <message>
        <source>Correct outfall {code}</source>
        <translation>修改排污口 {code}</translation>
    </message>
    <message>
        <source>Register an outfall</source>
        <translation>登记排污口</translation>
    </message>
    <message>
        <source>Segment code</source>
        <translation>河段编码</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>国家编码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
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
        <source>Receiving segment:</source>
        <translation>受纳河段：</translation>
    </message>
    <message>
        <source>Area (without a segment):</source>
        <translation>所属区域（无河段时）：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Responsible entity:</source>
        <translation>责任主体：</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Survey photos:</source>
        <translation>排查照片：</translation>
    </message>
    <message>
        <source>Photos of the survey</source>
        <translation>排查照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <source>receiving segment</source>
        <translation>受纳河段</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
</context>
<context>
    <name>OutfallsPage</name>
    <message>
        <source>'{value}' is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>No segment has the code {code}.</source>
        <translation>没有编码为 {code} 的河段。</translation>
    </message>
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
        <source>Segment code</source>
        <translation>河段编码</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登记排污口…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Plan (一口一策)…</source>
        <translation>整治方案（一口一策）…</translation>
    </message>
    <message>
        <source>Add monitoring result…</source>
        <translation>添加监测结果…</translation>
    </message>
    <message>
        <source>Milestone done…</source>
        <translation>节点完成…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>整治方案</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测结果</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>监测值</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <source>All areas</source>
        <translation>全部区域</translation>
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
        <source>Campaign {year}: {closed:.0%} of {total} outfalls closed, {remediated:.0%} remediated; {days} days left to {deadline}</source>
        <translation>{year} 年排查整治：{total} 个排污口已销号 {closed:.0%}，已整治 {remediated:.0%}；距 {deadline} 还有 {days} 天</translation>
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
        <source>Location:</source>
        <translation>位置：</translation>
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
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>No plan yet (一口一策).</source>
        <translation>尚未制定整治方案（一口一策）。</translation>
    </message>
    <message>
        <source>Photos of the survey (before)</source>
        <translation>排查照片（整治前）</translation>
    </message>
    <message>
        <source>Evidence of the remediation (after)</source>
        <translation>整治证据（整治后）</translation>
    </message>
    <message>
        <source>{n} outfalls written to {file}.</source>
        <translation>已将 {n} 个排污口导出到 {file}。</translation>
    </message>
    <message>
        <source>Traced to:</source>
        <translation>溯源结果：</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
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
        <source>{category}: {measures}</source>
        <translation>{category}：{measures}</translation>
    </message>
    <message>
        <source>Deadline {deadline}</source>
        <translation>整治时限 {deadline}</translation>
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
        <source>Move to stage: {stage}</source>
        <translation>进入下一阶段：{stage}</translation>
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
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Problems (问题台账)</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Outfall campaign against the year-end deadline</source>
        <translation>入河排污口排查整治进度（年底完成）</translation>
    </message>
    <message>
        <source>Supervision batches</source>
        <translation>督察反馈批次</translation>
    </message>
    <message>
        <source>Due this week, by unit</source>
        <translation>本周到期（按责任单位）</translation>
    </message>
    <message>
        <source>Recurring spots (举一反三)</source>
        <translation>反复出现点位（举一反三）</translation>
    </message>
    <message>
        <source>Open the problem ledger</source>
        <translation>打开问题台账</translation>
    </message>
    <message>
        <source>Open the outfall ledger</source>
        <translation>打开排污口台账</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>要求完成日期</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Already overdue</source>
        <translation>已逾期</translation>
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
        <source>Open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>Sign in to see the ledgers.</source>
        <translation>请登录后查看台账。</translation>
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
        <source>due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>{total} outfalls: {closed:.0%} closed, {remediated:.0%} remediated or closed, {overdue} past their own deadline; {days} days left to {deadline}.</source>
        <translation>共 {total} 个排污口：已销号 {closed:.0%}，已整治或销号 {remediated:.0%}，{overdue} 个超过整治时限；距 {deadline} 还有 {days} 天。</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（未交办单位）</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan of outfall {code} (一口一策)</source>
        <translation>排污口 {code} 整治方案（一口一策）</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除节点</translation>
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
        <source>{title}: done {day}</source>
        <translation>{title}：{day} 已完成</translation>
    </message>
    <message>
        <source>Milestones done:</source>
        <translation>已完成节点：</translation>
    </message>
    <message>
        <source>Open milestones:</source>
        <translation>未完成节点：</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Due (2026-07-01)</source>
        <translation>时限（如 2026-07-01）</translation>
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
        <source>Complaint:</source>
        <translation>来源投诉：</translation>
    </message>
    <message>
        <source>Supervision batch:</source>
        <translation>督察批次：</translation>
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
        <source>Same kind (举一反三): {n}</source>
        <translation>同类问题（举一反三）：{n} 个</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Link same kind…</source>
        <translation>关联同类问题…</translation>
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
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Recurring spots (举一反三)</source>
        <translation>反复出现点位（举一反三）</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>Reopened at re-inspection</source>
        <translation>回头看重新打开</translation>
    </message>
    <message>
        <source>Unit / problem</source>
        <translation>责任单位 / 问题</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Re-inspection due</source>
        <translation>待回头看</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>被退回重办</translation>
    </message>
    <message>
        <source>Fixes rejected (重办) or reopened at re-inspection: to rectify and report again</source>
        <translation>验收不通过（重办）或回头看重新打开的问题：需重新整改并报送</translation>
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
        <source>(no unit)</source>
        <translation>（未交办单位）</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>{code} is now {state}: the ledger as filtered no longer lists it.</source>
        <translation>{code} 已转为“{state}”：按当前筛选条件，台账中不再列出该问题。</translation>
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
        <source>Written to {file}, ready to print, sign and stamp.</source>
        <translation>已写入 {file}，可打印、签字盖章。</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
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
        <source>{n} problems written to {file}.</source>
        <translation>已将 {n} 个问题导出到 {file}。</translation>
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
        <source>optional</source>
        <translation>选填</translation>
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
        <source>Chief:</source>
        <translation>所属河长：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
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
        <source>'{value}' is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to complaint {code}</source>
        <translation>答复投诉 {code}</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <source>Replied on:</source>
        <translation>答复日期：</translation>
    </message>
</context>
</TS>