<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChiefHomePage</name>
    <message>
        <source>My patrols</source>
        <translation>我的巡河</translation>
    </message>
    <message>
        <source>Patrol duty</source>
        <translation>巡河任务</translation>
    </message>
    <message>
        <source>My open problems</source>
        <translation>我的未办结问题</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>填报巡河</translation>
    </message>
    <message>
        <source>All my patrols</source>
        <translation>我的全部巡河记录</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>No river chief to show.</source>
        <translation>没有可显示的河长。</translation>
    </message>
    <message>
        <source>The rule set has no patrol duty for this level.</source>
        <translation>规则集未规定该级别的巡河任务。</translation>
    </message>
    <message>
        <source>No patrols are required this {period}.</source>
        <translation>本{period}无巡河要求。</translation>
    </message>
    <message>
        <source>{segment} ({n} patrol(s) this {period})</source>
        <translation>{segment}（本{period}已巡 {n} 次）</translation>
    </message>
    <message>
        <source>{n} invalid patrol(s) this period do not count.</source>
        <translation>本期有 {n} 次无效巡河，不计入次数。</translation>
    </message>
    <message>
        <source>The next patrol was due on {date}: {days} day(s) overdue.</source>
        <translation>下次巡河最迟应在 {date} 完成：已逾期 {days} 天。</translation>
    </message>
    <message>
        <source>Next patrol due by &lt;b&gt;{date}&lt;/b&gt; ({days} day(s) left).</source>
        <translation>下次巡河最迟须在 &lt;b&gt;{date}&lt;/b&gt; 当天完成（还有 {days} 天）。</translation>
    </message>
    <message>
        <source>Next patrol due &lt;b&gt;today&lt;/b&gt; ({date}).</source>
        <translation>下次巡河须在&lt;b&gt;今天&lt;/b&gt;（{date}）完成。</translation>
    </message>
    <message>
        <source>This {period} ({start} – {end}): &lt;b style='color:{colour}'&gt;{done} of {required}&lt;/b&gt; patrol(s) done.</source>
        <translation>本{period}（{start} – {end}）：已巡河 &lt;b style='color:{colour}'&gt;{done} / {required}&lt;/b&gt; 次。</translation>
    </message>
    <message>
        <source>Missed: last {period}'s required patrols were not all done.</source>
        <translation>已缺巡：上一{period}的规定巡河次数未完成（已计入考核，无法补巡）。</translation>
    </message>
    <message>
        <source>Segments: {list}</source>
        <translation>负责河段：{list}</translation>
    </message>
    <message>
        <source>no deadline yet</source>
        <translation>尚未设定期限</translation>
    </message>
    <message>
        <source>{found} · {segment} · {category} · {description} · deadline: {deadline}</source>
        <translation>{found} · {segment} · {category} · {description} · 期限：{deadline}</translation>
    </message>
    <message>
        <source>found by others on your segment</source>
        <translation>他人在您的河段上发现</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>No open problems.</source>
        <translation>没有未办结的问题。</translation>
    </message>
    <message>
        <source>The patrol of {day} was filled in but not submitted (last saved {when}); it does not count until it is submitted.</source>
        <translation>{day} 的巡河记录已填写但未提交（最后保存于 {when}），提交后才计入巡河次数。</translation>
    </message>
    <message>
        <source>{n} patrols were filled in but not submitted (the last saved {when}); they do not count until they are submitted.</source>
        <translation>有 {n} 条巡河记录已填写但未提交（最近一次保存于 {when}），提交后才计入巡河次数。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{source}, row {row}, column {column}</source>
        <translation>{source}，第 {row} 行，“{column}”列</translation>
    </message>
    <message>
        <source>{source}, row {row}</source>
        <translation>{source}，第 {row} 行</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <source>Judge patrols again</source>
        <translation>重新核验巡河记录</translation>
    </message>
    <message>
        <source>e.g. 2026, 2026Q3 or 2026-07 (empty: all)</source>
        <translation>例如 2026、2026Q3 或 2026-07（留空：全部）</translation>
    </message>
    <message>
        <source>Patrols of</source>
        <translation>巡河期间</translation>
    </message>
    <message>
        <source>Also patrols already judged here with these rules</source>
        <translation>也包括本机已按此规则集核验过的记录</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Judge again</source>
        <translation>重新核验</translation>
    </message>
    <message>
        <source>Rule set in force: {rules}. Patrols that arrived from chiefs' laptops, were corrected since, or were judged under other rules get this installation's own verdict; the chiefs' records themselves are not changed.</source>
        <translation>现行规则集：{rules}。从河长电脑导入的、此后更正过的或按其他规则核验的巡河记录，将由本机重新得出核验结果；河长填报的记录内容本身不会改变。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Counting patrols</source>
        <translation>正在统计巡河记录</translation>
    </message>
    <message>
        <source>{n} patrols have no verdict of this installation with the rule set in force.</source>
        <translation>有 {n} 条巡河记录尚无本机按现行规则集得出的核验结果。</translation>
    </message>
    <message>
        <source>Judging patrols</source>
        <translation>正在核验巡河记录</translation>
    </message>
    <message>
        <source>{judged} patrols judged with {rules}: {changed} verdicts changed.</source>
        <translation>已按 {rules} 核验 {judged} 条巡河记录，其中 {changed} 条结果有变化。</translation>
    </message>
    <message>
        <source>{before} → {after}: {n}</source>
        <translation>{before} → {after}：{n}</translation>
    </message>
    <message>
        <source>Stopped. The patrols judged so far keep their new verdicts; count again to see how many are left.</source>
        <translation>已停止。已核验的记录保留新的结果；可再次统计查看剩余数量。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My patrols</source>
        <translation>我的巡河</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>填报巡河</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡河记录</translation>
    </message>
</context>
<context>
    <name>PatrolDetail</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Reasons (click one to see the place):</source>
        <translation>核验理由（点击可在地图上查看位置）：</translation>
    </message>
    <message>
        <source>Blue band: the assigned segment · track from blue (start) to red (end) · orange: stretches the track did not cover · squares: photos · triangles: problems · wheel to zoom, drag to pan, double-click to fit</source>
        <translation>蓝色宽线：负责河段 · 轨迹由蓝（开始）渐变到红（结束）· 橙色：轨迹未覆盖的河段 · 方块：照片 · 三角：问题 · 滚轮缩放，拖动平移，双击复位</translation>
    </message>
    <message>
        <source>Correct this patrol…</source>
        <translation>更正此巡河记录…</translation>
    </message>
    <message>
        <source>This patrol no longer exists.</source>
        <translation>该巡河记录已不存在。</translation>
    </message>
    <message>
        <source>{chief} · {segments} · {day} {start}–{end}</source>
        <translation>{chief} · {segments} · {day} {start}–{end}</translation>
    </message>
    <message>
        <source>filled in afterwards</source>
        <translation>补填</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>corrected: {reason}</source>
        <translation>已更正：{reason}</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>{start} – {end} ({minutes} min)</source>
        <translation>{start} – {end}（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>巡河方式</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>河段覆盖率</translation>
    </message>
    <message>
        <source>Track file</source>
        <translation>轨迹文件</translation>
    </message>
    <message>
        <source>no track</source>
        <translation>无轨迹</translation>
    </message>
    <message>
        <source>track recorded</source>
        <translation>有轨迹</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>哈希链</translation>
    </message>
    <message>
        <source>Received by the office</source>
        <translation>河长办接收时间</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>巡河情况</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>现场处置</translation>
    </message>
    <message>
        <source>no time or place recorded</source>
        <translation>未记录拍摄时间和地点</translation>
    </message>
    <message>
        <source>found at {time}, on the map (click to see it)</source>
        <translation>发现于 {time}，已在地图上标出（点击查看）</translation>
    </message>
    <message>
        <source>found during the patrol, no place on the track</source>
        <translation>巡河中发现，未在轨迹上标注位置</translation>
    </message>
    <message>
        <source>No problems reported.</source>
        <translation>未报告问题。</translation>
    </message>
    <message>
        <source>Click to see the place on the map</source>
        <translation>点击在地图上查看位置</translation>
    </message>
    <message>
        <source>No reasons: the patrol is valid.</source>
        <translation>无异常：该次巡河有效。</translation>
    </message>
    <message>
        <source>Revision {n}, {when}, by {who}</source>
        <translation>第 {n} 版，{when}，{who}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>{start} – {end}, verdict {verdict}; notes: {notes}</source>
        <translation>{start} – {end}，核验结果：{verdict}；巡河情况：{notes}</translation>
    </message>
</context>
<context>
    <name>PatrolDetailDialog</name>
    <message>
        <source>Patrol</source>
        <translation>巡河记录</translation>
    </message>
</context>
<context>
    <name>PatrolForm</name>
    <message>
        <source>Correct a patrol</source>
        <translation>更正巡河记录</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>填报巡河</translation>
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
        <source>Track</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>巡河方式</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>巡河情况</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>现场处置</translation>
    </message>
    <message>
        <source>Choose track file…</source>
        <translation>选择轨迹文件…</translation>
    </message>
    <message>
        <source>Drop a GPX, KML, KMZ or CSV track here, or choose one.</source>
        <translation>把 GPX、KML、KMZ 或 CSV 轨迹文件拖到这里，或点击选择。</translation>
    </message>
    <message>
        <source>Coordinate system: as the file says</source>
        <translation>坐标系：按文件自动识别</translation>
    </message>
    <message>
        <source>WGS84 (GPS devices, international apps)</source>
        <translation>WGS84（GPS 设备、国外应用）</translation>
    </message>
    <message>
        <source>GCJ-02 (Amap/Gaode, WeChat, most Chinese apps)</source>
        <translation>GCJ-02（高德、微信及多数国内应用）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu Maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <source>by boat</source>
        <translation>乘船</translation>
    </message>
    <message>
        <source>by vehicle</source>
        <translation>驾车</translation>
    </message>
    <message>
        <source>by drone</source>
        <translation>无人机</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>巡查项目</translation>
    </message>
    <message>
        <source>e.g. sunny, light rain</source>
        <translation>如：晴、小雨</translation>
    </message>
    <message>
        <source>Photos (drop them here)</source>
        <translation>照片（可拖到这里）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Add a problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Check before submitting</source>
        <translation>提交前核验</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Registered with this patrol (they stay in the problem ledger; a problem added here is registered as a new one):</source>
        <translation>本次巡河已登记的问题（仍保留在问题台账中；在此添加的问题将作为新问题登记）：</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>A patrol you were filling in was not submitted (last saved {when}).</source>
        <translation>有一条巡河记录填写后未提交（最后保存于 {when}）。</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>保存更正…</translation>
    </message>
    <message>
        <source>Submit patrol</source>
        <translation>提交巡河记录</translation>
    </message>
    <message>
        <source>Choose track file</source>
        <translation>选择轨迹文件</translation>
    </message>
    <message>
        <source>Tracks (*.gpx *.kml *.kmz *.csv);;All files (*)</source>
        <translation>轨迹文件 (*.gpx *.kml *.kmz *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name}: {points} points, {km} km, {minutes} min</source>
        <translation>{name}：{points} 个点，{km} 公里，{minutes} 分钟</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>The file does not say which coordinate system it was recorded in. Inside China the systems differ by hundreds of metres. Which app or device made it?</source>
        <translation>文件未注明所用坐标系。在中国境内，各坐标系相差数百米。该轨迹是用哪个应用或设备记录的？</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic *.heif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Not ready to check</source>
        <translation>暂无法核验</translation>
    </message>
    <message>
        <source>Choose the track file (or drop it on the form), or enter the start and end times of the patrol.</source>
        <translation>请选择轨迹文件（或把它拖到本页），或填写巡河的开始和结束时间。</translation>
    </message>
    <message>
        <source>The track covers the segment as required.</source>
        <translation>轨迹按要求覆盖了河段。</translation>
    </message>
    <message>
        <source>Discard the unsent patrol last saved {when}? What was filled in is lost and it is not submitted.</source>
        <translation>放弃最后保存于 {when} 的未提交巡河记录？已填写的内容将丢失，且不会提交。</translation>
    </message>
    <message>
        <source>Files not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>These files of the unsent patrol are no longer where they were; add them again:
{files}</source>
        <translation>这条未提交巡河记录的以下文件已不在原处，请重新添加：
{files}</translation>
    </message>
    <message>
        <source>Discard this patrol? What you filled in is lost and it is not submitted.</source>
        <translation>放弃这条巡河记录？已填写的内容将丢失，且不会提交。</translation>
    </message>
    <message>
        <source>Why is this patrol corrected? (kept in its history)</source>
        <translation>为什么更正这条巡河记录？（原因会保留在修改历史中）</translation>
    </message>
    <message>
        <source>Patrol not saved</source>
        <translation>巡河记录未保存</translation>
    </message>
    <message>
        <source>Submitted: the patrol of {day} {start}–{end} on {segments}, judged &lt;b style='color:{colour}'&gt;{verdict}&lt;/b&gt;. The form is empty for the next one.</source>
        <translation>已提交：{day} {start}–{end} 在 {segments} 的巡河，核验结果为&lt;b style='color:{colour}'&gt;{verdict}&lt;/b&gt;。表单已清空，可填报下一次巡河。</translation>
    </message>
</context>
<context>
    <name>PatrolImport</name>
    <message>
        <source>Missing column(s): {columns}. Expected headers such as 河长, 河段, 巡河日期, 开始时间, 结束时间 or 时长.</source>
        <extracomment>field -&gt; header aliases (compared after NFKC, lower case, no spaces or brackets)</extracomment>
        <translation>缺少列：{columns}。表头应包括 河长、河段、巡河日期、开始时间、结束时间 或 时长 等。</translation>
    </message>
    <message>
        <source>'{value}' is not a date (write 2026-07-01).</source>
        <translation>“{value}”不是日期（请写作 2026-07-01）。</translation>
    </message>
    <message>
        <source>'{value}' is not a time of day (write 08:30).</source>
        <translation>“{value}”不是时刻（请写作 08:30）。</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>时长必须大于零。</translation>
    </message>
    <message>
        <source>'{value}' is not a duration (write minutes, e.g. 45, or 1小时20分).</source>
        <translation>“{value}”不是时长（请写分钟数，如 45，或 1小时20分）。</translation>
    </message>
    <message>
        <source>'{value}' is not a distance (write kilometres, e.g. 2.5, or 2500米).</source>
        <translation>“{value}”不是里程（请写公里数，如 2.5，或 2500米）。</translation>
    </message>
    <message>
        <source>The distance {value} is not plausible.</source>
        <translation>里程 {value} 不合常理。</translation>
    </message>
    <message>
        <source>Several {what} are named '{value}'; write the code instead.</source>
        <translation>有多个{what}名为“{value}”，请改写编码。</translation>
    </message>
    <message>
        <source>No {what} has the code or name '{value}'.</source>
        <translation>没有编码或名称为“{value}”的{what}。</translation>
    </message>
    <message>
        <source>This cell is empty.</source>
        <translation>该单元格为空。</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>结束时间 {end} 不晚于开始时间 {start}。</translation>
    </message>
    <message>
        <source>Give the end time or the duration.</source>
        <translation>请填写结束时间或时长。</translation>
    </message>
    <message>
        <source>Unknown method '{value}' (步行, 乘船, 驾车, 无人机).</source>
        <translation>未知的巡河方式“{value}”（步行、乘船、驾车、无人机）。</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>Importing patrols</source>
        <translation>正在导入巡河记录</translation>
    </message>
    <message>
        <source>Import historical patrols</source>
        <translation>导入历史巡河记录</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <source>{file}: {n} patrols imported, {skipped} rows skipped.</source>
        <translation>{file}：已导入 {n} 条巡河记录，跳过 {skipped} 行。</translation>
    </message>
</context>
<context>
    <name>PatrolList</name>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
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
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
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
    <message>
        <source>on foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <source>by boat</source>
        <translation>乘船</translation>
    </message>
    <message>
        <source>by vehicle</source>
        <translation>驾车</translation>
    </message>
    <message>
        <source>by drone</source>
        <translation>无人机</translation>
    </message>
    <message>
        <source>district</source>
        <translation>县（区）级</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>village</source>
        <translation>村级</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>填报</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>filled in afterwards</source>
        <translation>补填</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
</context>
<context>
    <name>PatrolListPage</name>
    <message>
        <source>Search notes and problems (any 1+ characters)</source>
        <translation>搜索巡河情况和问题（一个字即可）</translation>
    </message>
    <message>
        <source>Chief code or name</source>
        <translation>河长编码或姓名</translation>
    </message>
    <message>
        <source>Segment code</source>
        <translation>河段编码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Import historical patrols…</source>
        <translation>导入历史巡河记录…</translation>
    </message>
    <message>
        <source>Judge again…</source>
        <translation>重新核验…</translation>
    </message>
    <message>
        <source>Judge patrols again with the rule set in force (evaluators)</source>
        <translation>按现行规则集重新核验巡河记录（考核人员）</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>district</source>
        <translation>县（区）级</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>village</source>
        <translation>村级</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部核验结果</translation>
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
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
    <message>
        <source>about {n} patrols, counting…</source>
        <translation>约 {n} 条巡河记录，正在统计…</translation>
    </message>
    <message>
        <source>{n} patrols</source>
        <translation>共 {n} 条巡河记录</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>PatrolPages</name>
    <message>
        <source>Correct a patrol</source>
        <translation>更正巡河记录</translation>
    </message>
</context>
<context>
    <name>Patrols</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>method</source>
        <translation>巡河方式</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>巡查项目</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Choose the river chief who patrolled.</source>
        <translation>请选择巡河的河长。</translation>
    </message>
    <message>
        <source>{chief} was not responsible for any segment on {day}: check the patrol's date (or the track file's).</source>
        <translation>{chief}在 {day} 没有负责的河段：请检查巡河日期（或轨迹文件的日期）。</translation>
    </message>
    <message>
        <source>Choose the segment that was patrolled.</source>
        <translation>请选择巡查的河段。</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A patrol cannot last more than {hours} hours.</source>
        <translation>一次巡河不能超过 {hours} 小时。</translation>
    </message>
    <message>
        <source>The patrol cannot start in the future.</source>
        <translation>巡河开始时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The segment does not exist.</source>
        <translation>该河段不存在。</translation>
    </message>
    <message>
        <source>{chief} was not responsible for segment {segment} on {day}.</source>
        <translation>{day} 当天 {chief} 不负责河段 {segment}。</translation>
    </message>
    <message>
        <source>Unknown method of patrol '{method}'.</source>
        <translation>未知的巡河方式“{method}”。</translation>
    </message>
    <message>
        <source>Unknown checklist entry '{item}: {state}'.</source>
        <translation>未知的巡查项目“{item}: {state}”。</translation>
    </message>
    <message>
        <source>Unknown problem category '{category}'.</source>
        <translation>未知的问题类别“{category}”。</translation>
    </message>
    <message>
        <source>Say what was found: the problem has no description.</source>
        <translation>请写明发现了什么：该问题没有描述。</translation>
    </message>
    <message>
        <source>A problem refers to a photo that is not attached.</source>
        <translation>某个问题引用了未附上的照片。</translation>
    </message>
    <message>
        <source>{field} {n}</source>
        <extracomment>how far from the track a problem's place may lie (a click beside the line) and how far outside the patrol's times its time may lie</extracomment>
        <translation>{field}第 {n} 项</translation>
    </message>
    <message>
        <source>Give both the longitude and the latitude of the problem's place, or neither.</source>
        <translation>问题位置须同时填写经度和纬度，或都不填。</translation>
    </message>
    <message>
        <source>The problem's place ({lon}, {lat}) is not a longitude and latitude.</source>
        <translation>问题位置（{lon}，{lat}）不是有效的经纬度。</translation>
    </message>
    <message>
        <source>The problem's place is {metres} m from the track: choose a place on the track.</source>
        <translation>问题位置距轨迹 {metres} 米：请在轨迹上选择位置。</translation>
    </message>
    <message>
        <source>The problem was found at {when}, outside the patrol ({start} to {end}).</source>
        <translation>问题发现时间 {when} 不在本次巡河时间内（{start} 至 {end}）。</translation>
    </message>
    <message>
        <source>The patrol no longer exists.</source>
        <translation>该巡河记录已不存在。</translation>
    </message>
    <message>
        <source>A correction cannot move a patrol to another chief.</source>
        <translation>更正不能把巡河记录改到另一位河长名下。</translation>
    </message>
    <message>
        <source>Say why the patrol is corrected.</source>
        <translation>请说明更正的原因。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>This draft belongs to another user.</source>
        <translation>该草稿属于另一位用户。</translation>
    </message>
    <message>
        <source>Judging patrols with {rules}</source>
        <extracomment>the patrol's columns that are this installation's judgement, not the chief's content</extracomment>
        <translation>正在按 {rules} 核验巡河记录</translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <source>no place chosen</source>
        <translation>未选择位置</translation>
    </message>
    <message>
        <source>{time}, {km} km along the track</source>
        <translation>{time}，沿轨迹 {km} 公里处</translation>
    </message>
    <message>
        <source>{km} km along the track</source>
        <translation>沿轨迹 {km} 公里处</translation>
    </message>
</context>
<context>
    <name>ProblemPlaceDialog</name>
    <message>
        <source>Where was the problem found?</source>
        <translation>问题在哪里发现？</translation>
    </message>
    <message>
        <source>Click the map where you found the problem, or move the slider along the patrol. The place is always on the track.</source>
        <translation>在地图上点击发现问题的地点，或沿巡河时间拖动滑块。位置总是落在轨迹上。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Distance from the start</source>
        <translation>距起点距离</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>不标位置</translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>What was found, e.g. household rubbish under the bridge</source>
        <translation>发现了什么，如：桥下堆放生活垃圾</translation>
    </message>
    <message>
        <source>Remove this problem</source>
        <translation>删除此问题</translation>
    </message>
    <message>
        <source>Place…</source>
        <translation>定位…</translation>
    </message>
    <message>
        <source>At {time}</source>
        <translation>位于 {time}</translation>
    </message>
    <message>
        <source>At {km} km</source>
        <translation>位于 {km} 公里处</translation>
    </message>
    <message>
        <source>Choose where on the track the problem was found</source>
        <translation>在轨迹上选择发现问题的地点</translation>
    </message>
    <message>
        <source>Load the track first: the place is chosen on it.</source>
        <translation>请先载入轨迹：位置在轨迹上选择。</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Water body (colour, smell)</source>
        <extracomment>checklist item -&gt; problem category codes in it</extracomment>
        <translation>水体（颜色、气味）</translation>
    </message>
    <message>
        <source>Water surface (floating waste, oil, dead fish)</source>
        <translation>河面（漂浮物、油污、死鱼）</translation>
    </message>
    <message>
        <source>Channel (net farming, silt, dumping)</source>
        <translation>河中（围网养殖、淤积、倾倒）</translation>
    </message>
    <message>
        <source>Banks (household, industrial, building waste)</source>
        <translation>河岸（生活、工业、建筑垃圾）</translation>
    </message>
    <message>
        <source>Activities on the water (fishing, sand mining)</source>
        <translation>涉水活动（捕捞、采砂）</translation>
    </message>
    <message>
        <source>Outfalls (direct discharge, new, unmarked)</source>
        <translation>排污口（直排、新增、无标识）</translation>
    </message>
    <message>
        <source>River chief sign</source>
        <translation>河长公示牌</translation>
    </message>
    <message>
        <source>Hydraulic works and buildings</source>
        <translation>水工建筑物</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Odour / black and smelly water</source>
        <translation>异味/黑臭</translation>
    </message>
    <message>
        <source>Abnormal colour</source>
        <translation>颜色异常</translation>
    </message>
    <message>
        <source>Floating waste</source>
        <translation>漂浮物</translation>
    </message>
    <message>
        <source>Oil slick</source>
        <translation>油污</translation>
    </message>
    <message>
        <source>Dead animals or fish</source>
        <translation>病死动物/死鱼</translation>
    </message>
    <message>
        <source>Net-pen fish farming</source>
        <translation>围网养殖</translation>
    </message>
    <message>
        <source>Silting</source>
        <translation>淤积</translation>
    </message>
    <message>
        <source>Sunken boat</source>
        <translation>沉船</translation>
    </message>
    <message>
        <source>Dumped spoil or slag</source>
        <translation>倾倒弃渣</translation>
    </message>
    <message>
        <source>Solid or hazardous waste</source>
        <translation>固废危废</translation>
    </message>
    <message>
        <source>Household waste on the bank</source>
        <translation>河岸生活垃圾</translation>
    </message>
    <message>
        <source>Industrial waste on the bank</source>
        <translation>河岸工业垃圾</translation>
    </message>
    <message>
        <source>Building waste on the bank</source>
        <translation>河岸建筑垃圾</translation>
    </message>
    <message>
        <source>Illegal fishing (electric, poison)</source>
        <translation>非法捕捞（电鱼/毒鱼）</translation>
    </message>
    <message>
        <source>Illegal sand mining</source>
        <translation>非法采砂</translation>
    </message>
    <message>
        <source>Encroachment on the water area</source>
        <translation>侵占水域</translation>
    </message>
    <message>
        <source>Direct discharge of sewage</source>
        <translation>污水直排</translation>
    </message>
    <message>
        <source>Storm drain discharging in dry weather</source>
        <translation>晴天雨水口排污</translation>
    </message>
    <message>
        <source>Discharge of odd colour or smell</source>
        <translation>排水异色异味</translation>
    </message>
    <message>
        <source>New outfall</source>
        <translation>新增排污口</translation>
    </message>
    <message>
        <source>Outfall without a sign</source>
        <translation>排污口无标识</translation>
    </message>
    <message>
        <source>Sign missing</source>
        <translation>公示牌缺失</translation>
    </message>
    <message>
        <source>Sign not updated</source>
        <translation>公示牌未更新</translation>
    </message>
    <message>
        <source>Sign not to standard</source>
        <translation>公示牌不规范</translation>
    </message>
    <message>
        <source>Sign damaged</source>
        <translation>公示牌破损</translation>
    </message>
    <message>
        <source>Building in the river channel</source>
        <translation>侵占河道</translation>
    </message>
    <message>
        <source>Illegal building</source>
        <translation>违章建筑</translation>
    </message>
    <message>
        <source>Works not operating normally</source>
        <translation>运行异常</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未查看</translation>
    </message>
</context>
</TS>