<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WaterQuality</name>
    <message>
        <source>No objective: give a LowerLimit, an UpperLimit or both.</source>
        <translation>没有水质目标：请给出下限（LowerLimit）、上限（UpperLimit）或两者。</translation>
    </message>
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
        <source>&apos;{text}&apos; is not a water class: write I, II, III, IV, V or 劣V.</source>
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
        <source>Unknown water type &apos;{value}&apos;: write river or lake.</source>
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
        <source>The file&apos;s text encoding is neither UTF-8 nor GBK; save it as CSV UTF-8.</source>
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
        <source>The workbook cannot be read ({error}).</source>
        <translation>无法读取该工作簿（{error}）。</translation>
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
        <source>&apos;{text}&apos; is not a value: write a number, a below-detection value (&lt;0.01, 0.01L, ND) or leave it blank.</source>
        <translation>“{text}”不是有效数值：请填写数字、未检出值（&lt;0.01、0.01L、ND）或留空。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time: write e.g. 2026-07-01 08:00.</source>
        <translation>“{text}”不是日期时间：请按 2026-07-01 08:00 的格式填写。</translation>
    </message>
    <message>
        <source>Unknown source &apos;{value}&apos;: write automatic, laboratory or field.</source>
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
        <source>&apos;{text}&apos; is not a number.</source>
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
        <source>Unknown item &apos;{name}&apos;.</source>
        <translation>未知的监测项目“{name}”。</translation>
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
        <source>Unknown water-quality rule setting: {names}</source>
        <extracomment>Items for which automatic-station results count before laboratory ones by default. Cyanide and heavy metals: first among main pollutants when worse than class III. The fixed CWQI item set: the 21 assessed items of GB 3838-2002 Table 1. Items whose automatic-station result counts before the laboratory&apos;s; for every other item the laboratory&apos;s counts first. Items that, worse than class III, lead the main pollutants (cyanide, heavy metals). Let total nitrogen decide the class of lakes (off by default: reported only). How many main pollutants to name. The fixed CWQI item set. The chief&apos;s water-quality score: attainment share (default), CCME WQI or CWQI. Fraction of the detection limit a below-detection result enters a mean with.</extracomment>
        <translation>未知的水质规则设置：{names}</translation>
    </message>
    <message>
        <source>Unknown score method &apos;{method}&apos;: choose {choices}.</source>
        <translation>未知的评分方法“{method}”：请选择 {choices}。</translation>
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
        <source>Unknown section &apos;{text}&apos;.</source>
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
</context>
</TS>
