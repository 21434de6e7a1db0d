<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{area} River Chief Office</source>
        <translation>{area}河长制办公室</translation>
    </message>
    <message>
        <source>'{text}' is not a date: write it as 2026-10-08.</source>
        <translation>“{text}”不是日期：请写成 2026-10-08 的格式。</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 共 {total} 页</translation>
    </message>
    <message>
        <source>No water with code {code}.</source>
        <translation>没有编码为 {code} 的水体。</translation>
    </message>
    <message>
        <source>One water, one file: {name}</source>
        <translation>一河一档：{name}</translation>
    </message>
    <message>
        <source>One water, one file</source>
        <translation>一河一档</translation>
    </message>
    <message>
        <source>Water:</source>
        <translation>水体：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>所属区域：</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>河段数：</translation>
    </message>
    <message>
        <source>Monitoring sections:</source>
        <translation>监测断面数：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>1. Segments</source>
        <translation>一、河段</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
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
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>长度（千米）</translation>
    </message>
    <message>
        <source>chiefs</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>2. River chiefs, past and present</source>
        <translation>二、历任与现任河长</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务类别</translation>
    </message>
    <message>
        <source>Organisation and post</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>任止</translation>
    </message>
    <message>
        <source>water quality</source>
        <translation>水质</translation>
    </message>
    <message>
        <source>3. Monitoring sections and water quality</source>
        <translation>三、监测断面与水质</translation>
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
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>断面</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>最近月份</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Main pollutants</source>
        <translation>主要污染指标</translation>
    </message>
    <message>
        <source>Sections of {water} by class</source>
        <translation>{water}各类别断面占比</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>4. Problems</source>
        <translation>四、问题</translation>
    </message>
    <message>
        <source>outfalls</source>
        <translation>排污口</translation>
    </message>
    <message>
        <source>5. Outfalls into the water</source>
        <translation>五、入河排污口</translation>
    </message>
    <message>
        <source>6. Public signs</source>
        <translation>六、河长公示牌</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>{y}-{m:02d}-{d:02d}</source>
        <translation>{y}年{m}月{d}日</translation>
    </message>
    <message>
        <source>No problem ledger in this database.</source>
        <translation>本数据库中没有问题台账。</translation>
    </message>
    <message>
        <source>No problems were recorded on this water.</source>
        <translation>该水体没有记录问题。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Unknown appendix '{value}': use all, none, district, township or village.</source>
        <translation>未知的附录选项“{value}”：请用 all、none、district、township 或 village。</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <source>Quarterly river-chief assessment report {period}</source>
        <translation>{period} 河长制季度考核通报</translation>
    </message>
    <message>
        <source>River-chief assessment</source>
        <translation>河长制考核</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>考核期间：</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Chiefs assessed:</source>
        <translation>参评河长：</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>考核规则：</translation>
    </message>
    <message>
        <source>{name}, version {version}</source>
        <translation>{name}，版本 {version}</translation>
    </message>
    <message>
        <source>Rule-set hash:</source>
        <translation>规则哈希：</translation>
    </message>
    <message>
        <source>Input digest:</source>
        <translation>数据摘要：</translation>
    </message>
    <message>
        <source>{digest} ({n} records)</source>
        <translation>{digest}（{n} 条记录）</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Chiefs assessed</source>
        <translation>参评河长</translation>
    </message>
    <message>
        <source>Patrol compliance (counted / required)</source>
        <translation>巡河达标率（有效／应巡）</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Problems closed</source>
        <translation>办结问题</translation>
    </message>
    <message>
        <source>Problems overdue at the end</source>
        <translation>期末逾期问题</translation>
    </message>
    <message>
        <source>{name}: frozen total {frozen}, {points} by {by} on {at}, now {total}. Reason: {reason}</source>
        <translation>{name}：冻结得分 {frozen}，{by} 于 {at} 人工调整 {points} 分，现为 {total} 分。理由：{reason}</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>考核结果：</translation>
    </message>
    <message>
        <source>Section-months meeting the target</source>
        <translation>断面月度达标率</translation>
    </message>
    <message>
        <source>Section-months worse than class V</source>
        <translation>断面月度劣V类比例</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>群众投诉</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Chiefs</source>
        <translation>河长数</translation>
    </message>
    <message>
        <source>{level} chiefs by total score</source>
        <translation>{level}级河长得分排名</translation>
    </message>
    <message>
        <source>{level} chiefs by total score: the {n} best and the {n} lowest</source>
        <translation>{level}河长总分排名（前{n}名与后{n}名）</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>总得分</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>2. Ranking of the river chiefs</source>
        <translation>二、河长考核排名</translation>
    </message>
    <message>
        <source>{level} chiefs</source>
        <translation>{level}级河长</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Area of the chief</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>* Adjusted by hand in the frozen run:</source>
        <translation>* 冻结结果经人工调整：</translation>
    </message>
    <message>
        <source>consequences</source>
        <translation>奖惩</translation>
    </message>
    <message>
        <source>3. Praise and accountability</source>
        <translation>三、通报表扬与问责</translation>
    </message>
    <message>
        <source>not frozen: scored from the records as they are now</source>
        <translation>尚未冻结：按当前记录计算</translation>
    </message>
    <message>
        <source>the run frozen {at} by {by}</source>
        <translation>{at} 由 {by} 冻结的考核结果</translation>
    </message>
    <message>
        <source> ({note})</source>
        <translation>（{note}）</translation>
    </message>
    <message>
        <source>; {n} score(s) adjusted by hand</source>
        <translation>；{n} 人得分经人工调整</translation>
    </message>
    <message>
        <source>; the records have changed since it was frozen: the summary's figures are today's</source>
        <translation>；冻结后记录已有变化：总体情况中的数字按当前记录计算</translation>
    </message>
    <message>
        <source>Ranking of the river chiefs of {area}, {period}</source>
        <translation>{area}{period}河长考核排名表</translation>
    </message>
    <message>
        <source> ({results})</source>
        <translation>（{results}）</translation>
    </message>
    <message>
        <source>What was done about {period}'s praise and accountability</source>
        <translation>{period}表扬与问责落实情况</translation>
    </message>
    <message>
        <source>{period} has no frozen assessment run of this area.</source>
        <translation>{period}本区域没有冻结的考核结果。</translation>
    </message>
    <message>
        <source>{period}'s run named nobody.</source>
        <translation>{period}考核结果未列出表扬或问责对象。</translation>
    </message>
    <message>
        <source>{done} of {total} carried out.</source>
        <translation>共 {total} 项，已落实 {done} 项。</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>落实日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>落实人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No chief is praised, talked to or criticised this quarter.</source>
        <translation>本季度无河长受到表扬、约谈或通报批评。</translation>
    </message>
    <message>
        <source>4. Water quality of the monitoring sections</source>
        <translation>四、监测断面水质</translation>
    </message>
    <message>
        <source>Monitoring sections by water class, {period}</source>
        <translation>{period} 监测断面水质类别构成</translation>
    </message>
    <message>
        <source>5. Overdue problems</source>
        <translation>五、逾期未整改问题</translation>
    </message>
    <message>
        <source>6. Outfalls</source>
        <translation>六、入河排污口</translation>
    </message>
    <message>
        <source>appendix</source>
        <translation>附录</translation>
    </message>
    <message>
        <source>Appendix: scorecards</source>
        <translation>附录：河长考核评分表</translation>
    </message>
    <message>
        <source>No monitoring sections in this area.</source>
        <translation>本区域没有监测断面。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed {n} of {m}</source>
        <translation>{n}/{m} 个月未达标</translation>
    </message>
    <message>
        <source>{m} (month)</source>
        <translation>{m}月</translation>
    </message>
    <message>
        <source>No problem was overdue at the end of the quarter.</source>
        <translation>季度末没有逾期未整改的问题。</translation>
    </message>
    <message>
        <source>No river chief with code {code}.</source>
        <translation>没有编码为 {code} 的河长。</translation>
    </message>
    <message>
        <source>Performance report of river chief {name}, {period}</source>
        <translation>河长{name}{period}履职报告</translation>
    </message>
    <message>
        <source>River chief's performance report</source>
        <translation>河长履职报告</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未参加考核</translation>
    </message>
    <message>
        <source>{total} points, {grade}</source>
        <translation>{total}分，{grade}</translation>
    </message>
    <message>
        <source>; rank {rank} of {n} {level} chiefs of {area}</source>
        <translation>；在{area}{n}名{level}河长中排名第{rank}</translation>
    </message>
    <message>
        <source>River chief:</source>
        <translation>河长：</translation>
    </message>
    <message>
        <source>Level and title:</source>
        <translation>级别职务：</translation>
    </message>
    <message>
        <source>{level} {title}</source>
        <translation>{level}{title}</translation>
    </message>
    <message>
        <source>Organisation and post:</source>
        <translation>单位职务：</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>考核结果：</translation>
    </message>
    <message>
        <source>patrols</source>
        <translation>巡河</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Patrols recorded</source>
        <translation>巡河记录次数</translation>
    </message>
    <message>
        <source>Patrols that count (valid or suspect)</source>
        <translation>有效巡河次数（有效或存疑）</translation>
    </message>
    <message>
        <source>Patrols required by the rules</source>
        <translation>按规定应巡次数</translation>
    </message>
    <message>
        <source>Patrols credited in the assessment</source>
        <translation>考核认定巡河次数</translation>
    </message>
    <message>
        <source>Problems found in the period</source>
        <translation>本期发现问题</translation>
    </message>
    <message>
        <source>Problems closed in the period</source>
        <translation>本期销号问题</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Segments in the chief's charge</source>
        <translation>负责河段</translation>
    </message>
    <message>
        <source>The chief had no segment in this period.</source>
        <translation>本期未负责任何河段。</translation>
    </message>
    <message>
        <source>2. Patrols</source>
        <translation>二、巡河情况</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡河次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Filled in afterwards</source>
        <translation>补填</translation>
    </message>
    <message>
        <source>Patrols of {name} against the number required</source>
        <translation>{name}巡河次数与应巡次数</translation>
    </message>
    <message>
        <source>The chart counts every required week, ten days (旬) or month that overlaps the chief's days of assignment ({n} patrols); the assessment prorates the requirement to those days: {m} patrols.</source>
        <translation>图中按与任职日期相交的每个应巡周、旬或月计数（{n} 次）；考核按任职天数折算应巡次数：{m} 次。</translation>
    </message>
    <message>
        <source>Patrol record</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <source>No patrol was recorded in this period.</source>
        <translation>本期没有巡河记录。</translation>
    </message>
    <message>
        <source>3. Problems</source>
        <translation>三、问题处置情况</translation>
    </message>
    <message>
        <source>No problem of this chief was found or open in this period.</source>
        <translation>本期该河长没有发现或未办结的问题。</translation>
    </message>
    <message>
        <source>4. Water quality of the chief's monitoring sections</source>
        <translation>四、负责河段监测断面水质</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>5. Scorecard</source>
        <translation>五、考核评分</translation>
    </message>
    <message>
        <source>The chief had no assignment in this period and was not assessed.</source>
        <translation>该河长本期没有任职河段，未参加考核。</translation>
    </message>
    <message>
        <source>Rule set {name}, version {version}. Total {total}, grade {grade}.</source>
        <translation>考核规则：{name}，版本 {version}。总分 {total}，等级{grade}。</translation>
    </message>
    <message>
        <source>Where the score comes from: {results}.</source>
        <translation>得分来源：{results}。</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>河湖</translation>
    </message>
    <message>
        <source>filled in afterwards</source>
        <translation>补填</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
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
        <source>No monitoring section lies on the chief's segments.</source>
        <translation>该河长负责的河段上没有监测断面。</translation>
    </message>
    <message>
        <source>Sections on the segments of {name} by water class</source>
        <translation>{name}负责河段监测断面水质类别</translation>
    </message>
    <message>
        <source>River chief (signature):</source>
        <translation>河长（签字）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reviewed by (signature):</source>
        <translation>审核人（签字）：</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Includes {n} supervision finding(s), which the summary counts apart from the problems.</source>
        <translation>含督查发现问题 {n} 个，总体情况中的问题数不含督查发现问题。</translation>
    </message>
    <message>
        <source>No outfalls were recorded in this area.</source>
        <translation>本区域没有登记入河排污口。</translation>
    </message>
    <message>
        <source>{name} ({level}, {area}): {total} points, {grade}</source>
        <translation>{name}（{level}，{area}）：{total} 分，{grade}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Outfall</source>
        <translation>名称</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 等另 {n} 条</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>相关记录</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rank in level</source>
        <translation>同级排名</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>No outfall ledger in this database.</source>
        <translation>本数据库中没有排污口台账。</translation>
    </message>
    <message>
        <source>No outfalls were recorded on this water.</source>
        <translation>该水体没有记录入河排污口。</translation>
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
        <source>Responsible</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>No area with code {code}.</source>
        <translation>没有编码为 {code} 的区域。</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>{area} (own chiefs)</source>
        <translation>{area}（本级河长）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Patrol statistics of {area}, {period}</source>
        <translation>{area}{period}巡河统计表</translation>
    </message>
    <message>
        <source>Patrol statistics</source>
        <translation>巡河统计</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Patrols meeting the standard</source>
        <translation>达标次数</translation>
    </message>
    <message>
        <source>Share meeting the standard</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Patrols of each river chief in {area}, {period}</source>
        <translation>{area}{period}河长巡河情况统计表</translation>
    </message>
    <message>
        <source>Chief statistics</source>
        <translation>河长巡河统计</translation>
    </message>
    <message>
        <source>Patrols required</source>
        <translation>巡河任务数</translation>
    </message>
    <message>
        <source>Patrols missed</source>
        <translation>缺勤次数</translation>
    </message>
    <message>
        <source>Missed weeks or months</source>
        <translation>缺勤日期</translation>
    </message>
    <message>
        <source>Chief code</source>
        <translation>河长编码</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Quarterly assessment report (PDF)</source>
        <extracomment>the reports, in the order the picker lists them: key -&gt; (PDF?, inputs shown)</extracomment>
        <translation>季度考核通报（PDF）</translation>
    </message>
    <message>
        <source>River chief's performance report (PDF)</source>
        <translation>河长履职报告（PDF）</translation>
    </message>
    <message>
        <source>One water, one file (PDF)</source>
        <translation>一河一档（PDF）</translation>
    </message>
    <message>
        <source>Ranking of the chiefs (XLSX)</source>
        <translation>河长考核排名（XLSX）</translation>
    </message>
    <message>
        <source>Patrol statistics by area (XLSX)</source>
        <translation>行政区巡河统计（XLSX）</translation>
    </message>
    <message>
        <source>Patrols of each chief (XLSX)</source>
        <translation>河长巡河情况统计（XLSX）</translation>
    </message>
    <message>
        <source>Scorecards of every chief</source>
        <translation>全部河长评分表</translation>
    </message>
    <message>
        <source>No scorecards</source>
        <translation>不附评分表</translation>
    </message>
    <message>
        <source>Scorecards of district chiefs</source>
        <translation>县（区）级河长评分表</translation>
    </message>
    <message>
        <source>Scorecards of township chiefs</source>
        <translation>乡镇（街道）级河长评分表</translation>
    </message>
    <message>
        <source>Scorecards of village chiefs</source>
        <translation>村（社区）级河长评分表</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附录</translation>
    </message>
    <message>
        <source>River chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>河湖</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Date printed</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>2026Q3, 2026-07 or 2026</source>
        <translation>2026Q3、2026-07 或 2026</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>{report} is ready: save it or print it.</source>
        <translation>{report}已生成，可保存或打印。</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>已取消：未生成报表。</translation>
    </message>
    <message>
        <source>Pick a report and its inputs, then make it: the PDF is shown here, ready to print or save.</source>
        <translation>选择报表并填写条件后生成：PDF 将显示在这里，可打印或保存。</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <source>A spreadsheet: save it or open it to see it.</source>
        <translation>电子表格：请另存或打开查看。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The report cannot be read for printing.</source>
        <translation>无法读取报告以打印。</translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>Sent {n} pages to the printer.</source>
        <translation>已向打印机发送 {n} 页。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
</TS>