<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartsPage</name>
    <message>
        <source>Score of chiefs by month</source>
        <translation>河长水质得分（按月）</translation>
    </message>
    <message>
        <source>Chiefs ranked by score</source>
        <translation>河长水质得分排名</translation>
    </message>
    <message>
        <source>Sections by class and month</source>
        <translation>各月各类水质断面比例</translation>
    </message>
    <message>
        <source>A year (2026), a quarter (2026Q3) or a month (2026-07)</source>
        <translation>年（2026）、季度（2026Q3）或月份（2026-07）</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Target score:</source>
        <translation>目标得分：</translation>
    </message>
    <message>
        <source>Chiefs (none ticked: all with data, best 30):</source>
        <translation>河长（未勾选时：显示有数据的全部河长，最多前 30 名）：</translation>
    </message>
    <message>
        <source>Find a chief by name or code</source>
        <translation>按姓名或编码查找河长</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Choose a chart and press Draw.</source>
        <translation>请选择图表并点击“绘制”。</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ChiefPage</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Chief:</source>
        <translation>河长：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Pick a chief and a period: the score and the sections behind it are shown here.</source>
        <translation>选择河长和时段后，这里显示其水质得分及所依据的监测断面。</translation>
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
        <source>Period class</source>
        <translation>时段水质类别</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>CWQI</source>
        <translation>CWQI</translation>
    </message>
    <message>
        <source>Change vs last year</source>
        <translation>同比变化</translation>
    </message>
    <message>
        <source>TLI</source>
        <translation>TLI</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Computing the chief's score</source>
        <translation>正在计算河长的水质得分</translation>
    </message>
    <message>
        <source>Water-quality score {period}: {score} ({met} of {n} section-months on target)</source>
        <translation>水质得分 {period}：{score}（{n} 个断面月中 {met} 个达标）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Source of rows without one:</source>
        <translation>未注明来源的行的数据来源：</translation>
    </message>
    <message>
        <source>Wide files: one sample per row with a section code or name, a date-time and one column per item (e.g. 高锰酸盐指数(mg/L)). Tidy files: Section, DateTime, Variable, Value, DetectionLimit, Units. Nothing is imported while the file has errors, unless you import the valid rows.</source>
        <translation>宽表：每行一个样品，含断面编码或名称、监测时间，每个项目一列（如 高锰酸盐指数(mg/L)）。长表：Section、DateTime、Variable、Value、DetectionLimit、Units。文件有错误时不会导入任何数据，除非您选择只导入正确的行。</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>只导入正确的行</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import samples</source>
        <translation>导入水质数据</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Water quality</source>
        <translation>水质</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>Enter a sample</source>
        <translation>录入水质数据</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>断面：</translation>
    </message>
    <message>
        <source>Sampled at:</source>
        <translation>采样时间：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <source>Type values as measured; below detection as &lt;0.01, 0.01L or ND; leave items not measured blank.</source>
        <translation>按实测值填写；未检出写作 &lt;0.01、0.01L 或 ND；未监测的项目留空。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>监测值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>'{text}' is not a value: write a number, a below-detection value (&lt;0.01, 0.01L, ND) or leave it blank.</source>
        <translation>“{text}”不是有效数值：请填写数字、未检出值（&lt;0.01、0.01L、ND）或留空。</translation>
    </message>
    <message>
        <source>Choose a section.</source>
        <translation>请选择断面。</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>← All sections</source>
        <translation>← 全部断面</translation>
    </message>
    <message>
        <source>Enter a sample…</source>
        <translation>录入水质数据…</translation>
    </message>
    <message>
        <source>Delete sample</source>
        <translation>删除样品</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>监测数据</translation>
    </message>
    <message>
        <source>Class history</source>
        <translation>类别历史</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>{water_type}; target class {target}</source>
        <translation>{water_type}；目标类别 {target}</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>水质类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>水质状况</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Main pollutants</source>
        <translation>主要污染指标</translation>
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
        <source>Trophic state</source>
        <translation>营养状态</translation>
    </message>
    <message>
        <source>Select a sample in the table first.</source>
        <translation>请先在表格中选择一个样品。</translation>
    </message>
    <message>
        <source>Delete the sample of {time}? The deletion is recorded in the audit log.</source>
        <translation>删除 {time} 的样品？删除操作将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>SectionsList</name>
    <message>
        <source>Filter by code or name</source>
        <translation>按编码或名称筛选</translation>
    </message>
    <message>
        <source>Enter a sample…</source>
        <translation>录入水质数据…</translation>
    </message>
    <message>
        <source>{n} sections; latest month on target at {met} of {known} with data.</source>
        <translation>共 {n} 个断面；最近一月有数据的 {known} 个断面中 {met} 个达标。</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>断面</translation>
    </message>
    <message>
        <source>Water type</source>
        <translation>水体类型</translation>
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
        <translation>水质类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>水质状况</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>dimensionless</source>
        <translation>无量纲</translation>
    </message>
    <message>
        <source>count/L</source>
        <translation>个/L</translation>
    </message>
</context>
<context>
    <name>WaterQuality</name>
    <message>
        <source>The lower limit is above the upper limit.</source>
        <translation>下限高于上限。</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀（Excellent）</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好（Good）</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般（Fair）</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>勉强（Marginal）</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差（Poor）</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>'{text}' is not a water class: write I, II, III, IV, V or 劣V.</source>
        <translation>“{text}”不是水质类别：请填写 Ⅰ、Ⅱ、Ⅲ、Ⅳ、Ⅴ 或 劣Ⅴ。</translation>
    </message>
    <message>
        <source>I</source>
        <translation>Ⅰ</translation>
    </message>
    <message>
        <source>II</source>
        <translation>Ⅱ</translation>
    </message>
    <message>
        <source>III</source>
        <translation>Ⅲ</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>Ⅳ</translation>
    </message>
    <message>
        <source>V</source>
        <translation>Ⅴ</translation>
    </message>
    <message>
        <source>worse than V</source>
        <translation>劣Ⅴ</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>lightly polluted</source>
        <translation>轻度污染</translation>
    </message>
    <message>
        <source>moderately polluted</source>
        <translation>中度污染</translation>
    </message>
    <message>
        <source>heavily polluted</source>
        <translation>重度污染</translation>
    </message>
    <message>
        <source>Unknown water type '{value}': write river or lake.</source>
        <translation>未知的水体类型“{value}”：请填写河流（river）或湖库（lake）。</translation>
    </message>
    <message>
        <source>{name}({multiple})</source>
        <translation>{name}({multiple})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The file's text encoding is neither UTF-8 nor GBK; save it as CSV UTF-8.</source>
        <translation>文件编码既不是 UTF-8 也不是 GBK；请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read; save the sheet as .xlsx or CSV.</source>
        <translation>无法读取旧版 Excel 文件（.xls）；请另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>The workbook cannot be read ({error}).</source>
        <translation>无法读取该工作簿（{error}）。</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows, too many to check and import in one go. Split it into files of at most {limit} rows (for example one per month or per section) and import them one after the other.</source>
        <translation>文件超过 {limit} 行，无法一次检查并导入。请拆分为每个不超过 {limit} 行的文件（例如按月份或按断面），再逐个导入。</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB, too large to import. Split it into smaller files.</source>
        <translation>文件大于 {limit} MB，无法导入。请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>列“{column}”</translation>
    </message>
    <message>
        <source>The unit {unit} does not fit {item} (expected {expected}).</source>
        <translation>单位 {unit} 不适用于{item}（应为 {expected}）。</translation>
    </message>
    <message>
        <source>{item} appears twice (also in column {other}).</source>
        <translation>{item}出现了两次（另见列“{other}”）。</translation>
    </message>
    <message>
        <source>This column appears twice (also {other}).</source>
        <translation>该列出现了两次（另见“{other}”）。</translation>
    </message>
    <message>
        <source>'{text}' is not a value: write a number, a below-detection value (&lt;0.01, 0.01L, ND) or leave it blank.</source>
        <translation>“{text}”不是有效数值：请填写数字、未检出值（&lt;0.01、0.01L、ND）或留空。</translation>
    </message>
    <message>
        <source>'{text}' is not a date and time: write e.g. 2026-07-01 08:00.</source>
        <translation>“{text}”不是日期时间：请按 2026-07-01 08:00 的格式填写。</translation>
    </message>
    <message>
        <source>Unknown source '{value}': write automatic, laboratory or field.</source>
        <translation>未知的数据来源“{value}”：请填写自动（automatic）、实验室（laboratory）或现场（field）。</translation>
    </message>
    <message>
        <source>No water-quality item among the column headers (e.g. 高锰酸盐指数(mg/L), 氨氮, codmn, nh3n).</source>
        <translation>列标题中没有水质监测项目（如 高锰酸盐指数(mg/L)、氨氮、codmn、nh3n）。</translation>
    </message>
    <message>
        <source>No section column (断面编码, 断面名称, section code or section name).</source>
        <translation>没有断面列（断面编码、断面名称、section code 或 section name）。</translation>
    </message>
    <message>
        <source>No date-time column (监测时间, 采样时间, datetime or date).</source>
        <translation>没有时间列（监测时间、采样时间、datetime 或 date）。</translation>
    </message>
    <message>
        <source>The section is missing.</source>
        <translation>缺少断面。</translation>
    </message>
    <message>
        <source>The date and time are missing.</source>
        <translation>缺少日期时间。</translation>
    </message>
    <message>
        <source>pH {value} is outside 0–14.</source>
        <translation>pH {value} 超出 0–14 的范围。</translation>
    </message>
    <message>
        <source>'{text}' is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>The column {column} is missing.</source>
        <translation>缺少列 {column}。</translation>
    </message>
    <message>
        <source>The variable is missing.</source>
        <translation>缺少监测项目。</translation>
    </message>
    <message>
        <source>No chief with code {code}.</source>
        <translation>没有编码为 {code} 的河长。</translation>
    </message>
    <message>
        <source>Name the section with --section CODE.</source>
        <translation>请用 --section 编码 指定断面。</translation>
    </message>
    <message>
        <source>Unknown item '{name}'.</source>
        <translation>未知的监测项目“{name}”。</translation>
    </message>
    <message>
        <source>Unknown chart '{kind}'.</source>
        <translation>未知的图表“{kind}”。</translation>
    </message>
    <message>
        <source>(and {n} more problems)</source>
        <translation>（另有 {n} 处问题）</translation>
    </message>
    <message>
        <source>{value} (partial: {n} of {total} items)</source>
        <translation>{value}（不完整：{total} 项中的 {n} 项）</translation>
    </message>
    <message>
        <source>oligotrophic</source>
        <translation>贫营养</translation>
    </message>
    <message>
        <source>mesotrophic</source>
        <translation>中营养</translation>
    </message>
    <message>
        <source>lightly eutrophic</source>
        <translation>轻度富营养</translation>
    </message>
    <message>
        <source>moderately eutrophic</source>
        <translation>中度富营养</translation>
    </message>
    <message>
        <source>hypereutrophic</source>
        <translation>重度富营养</translation>
    </message>
    <message>
        <source>water temperature</source>
        <extracomment>The items automatic stations measure (their class comes from these). Items recorded beside Table 1: lake trophic-state parameters (no class limits).</extracomment>
        <translation>水温</translation>
    </message>
    <message>
        <source>pH</source>
        <translation>pH</translation>
    </message>
    <message>
        <source>dissolved oxygen</source>
        <translation>溶解氧</translation>
    </message>
    <message>
        <source>permanganate index</source>
        <translation>高锰酸盐指数</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>化学需氧量</translation>
    </message>
    <message>
        <source>BOD5</source>
        <translation>五日生化需氧量</translation>
    </message>
    <message>
        <source>ammonia nitrogen</source>
        <translation>氨氮</translation>
    </message>
    <message>
        <source>total phosphorus</source>
        <translation>总磷</translation>
    </message>
    <message>
        <source>total nitrogen</source>
        <translation>总氮</translation>
    </message>
    <message>
        <source>copper</source>
        <translation>铜</translation>
    </message>
    <message>
        <source>zinc</source>
        <translation>锌</translation>
    </message>
    <message>
        <source>fluoride</source>
        <translation>氟化物</translation>
    </message>
    <message>
        <source>selenium</source>
        <translation>硒</translation>
    </message>
    <message>
        <source>arsenic</source>
        <translation>砷</translation>
    </message>
    <message>
        <source>mercury</source>
        <translation>汞</translation>
    </message>
    <message>
        <source>cadmium</source>
        <translation>镉</translation>
    </message>
    <message>
        <source>chromium (hexavalent)</source>
        <translation>六价铬</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>铅</translation>
    </message>
    <message>
        <source>cyanide</source>
        <translation>氰化物</translation>
    </message>
    <message>
        <source>volatile phenol</source>
        <translation>挥发酚</translation>
    </message>
    <message>
        <source>petroleum</source>
        <translation>石油类</translation>
    </message>
    <message>
        <source>anionic surfactant</source>
        <translation>阴离子表面活性剂</translation>
    </message>
    <message>
        <source>sulfide</source>
        <translation>硫化物</translation>
    </message>
    <message>
        <source>fecal coliform</source>
        <translation>粪大肠菌群</translation>
    </message>
    <message>
        <source>chlorophyll a</source>
        <translation>叶绿素a</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>river</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>lake/reservoir</source>
        <translation>湖库</translation>
    </message>
    <message>
        <source>ND</source>
        <translation>未检出</translation>
    </message>
    <message>
        <source>automatic station</source>
        <translation>自动站</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>field kit</source>
        <translation>现场快检</translation>
    </message>
    <message>
        <source>{item}: a value cannot be negative.</source>
        <translation>{item}：数值不能为负。</translation>
    </message>
    <message>
        <source>The monitoring section no longer exists.</source>
        <translation>该监测断面已不存在。</translation>
    </message>
    <message>
        <source>A sample needs at least one value.</source>
        <translation>一个样品至少需要一个监测值。</translation>
    </message>
    <message>
        <source>{section} already has a sample of {time} from the {source}.</source>
        <translation>{section}已有{time}来自{source}的样品。</translation>
    </message>
    <message>
        <source>The sample no longer exists.</source>
        <translation>该样品已不存在。</translation>
    </message>
    <message>
        <source>{file}: {new} samples imported, {already} already there, {bad} rows with errors skipped.</source>
        <translation>{file}：已导入 {new} 个样品，{already} 个已存在，跳过 {bad} 行有错误的数据。</translation>
    </message>
    <message>
        <source>{file}: nothing imported; {bad} rows have errors ({new} new samples would be imported, {already} are already there).</source>
        <translation>{file}：未导入任何数据；{bad} 行有错误（可导入 {new} 个新样品，{already} 个已存在）。</translation>
    </message>
    <message>
        <source>Several sections are named {name}; use the section code.</source>
        <translation>有多个断面名为{name}；请使用断面编码。</translation>
    </message>
    <message>
        <source>samples imported from {file}</source>
        <translation>从 {file} 导入的水质监测数据</translation>
    </message>
    <message>
        <source>values imported from {file}</source>
        <translation>从 {file} 导入的监测指标值</translation>
    </message>
    <message>
        <source>Unknown section '{text}'.</source>
        <translation>未知的断面“{text}”。</translation>
    </message>
    <message>
        <source>The section {name} is outside your area.</source>
        <translation>断面{name}不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>{item} is given twice for this sample.</source>
        <translation>该样品的{item}出现了两次。</translation>
    </message>
    <message>
        <source>The same sample (section, time and source) as row {other}.</source>
        <translation>与第 {other} 行是同一样品（断面、时间和来源相同）。</translation>
    </message>
    <message>
        <source>{section} already has a sample of {time} from the {source} with other values; delete it first to replace it.</source>
        <translation>{section}已有{time}来自{source}的样品，且数值不同；如需替换，请先删除原样品。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>The CCME WQI needs a quarter or a year, not a single month.</source>
        <translation>CCME 水质指数需要按季度或年度计算，不能只按一个月。</translation>
    </message>
    <message>
        <source>must be a list of item keys</source>
        <extracomment>Items for which automatic-station results count before laboratory ones by default. Cyanide and heavy metals: first among main pollutants when worse than class III. The fixed CWQI item set: the 21 assessed items of GB 3838-2002 Table 1. Items whose automatic-station result counts before the laboratory's; for every other item the laboratory's counts first. Items that, worse than class III, lead the main pollutants (cyanide, heavy metals). Let total nitrogen decide the class of lakes (off by default: reported only). How many main pollutants to name. The fixed CWQI item set. The chief's water-quality score: attainment share (default), CCME WQI or CWQI. Fraction of the detection limit a below-detection result enters a mean with.</extracomment>
        <translation>必须是项目代码的列表</translation>
    </message>
    <message>
        <source>unknown items: {names}</source>
        <translation>未知的项目：{names}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
</context>
<context>
    <name>WaterQualityPage</name>
    <message>
        <source>Sections</source>
        <translation>断面</translation>
    </message>
    <message>
        <source>Chiefs</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Enter a sample</source>
        <translation>录入水质数据</translation>
    </message>
    <message>
        <source>There are no monitoring sections yet.</source>
        <translation>尚无监测断面。</translation>
    </message>
</context>
</TS>