<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <source>district</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>township/street</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>village/community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>No area with code {code}.</source>
        <translation>没有编码为 {code} 的区域。</translation>
    </message>
</context>
<context>
    <name>AssignmentTimeline</name>
    <message>
        <source>No assignments</source>
        <translation>没有任职记录</translation>
    </message>
</context>
<context>
    <name>ChiefsPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
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
        <translation>河长类别</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Organisation and post</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Search code, name or organisation</source>
        <translation>搜索编码、姓名或单位</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>New chief…</source>
        <translation>新增河长…</translation>
    </message>
    <message>
        <source>Edit chief…</source>
        <translation>编辑河长…</translation>
    </message>
    <message>
        <source>Assign to segment…</source>
        <translation>分配河段…</translation>
    </message>
    <message>
        <source>End assignment…</source>
        <translation>结束任职…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>换届交接…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <source>{n} chiefs</source>
        <translation>共 {n} 名河长</translation>
    </message>
    <message>
        <source>Choose a chief on the left.</source>
        <translation>请在左侧选择一名河长。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation>结束任职</translation>
    </message>
    <message>
        <source>{n} segment(s) handed over to {code} from {day}.</source>
        <translation>已将 {n} 个河段交接给 {code}，自 {day} 起。</translation>
    </message>
    <message>
        <source>Choose an assignment in the list first.</source>
        <translation>请先在列表中选择一条任职记录。</translation>
    </message>
    <message>
        <source>Last day of this assignment (e.g. 2026-06-30):</source>
        <translation>任职的最后一天（如 2026-06-30）：</translation>
    </message>
    <message>
        <source>Assignment to {segment} ended on {day}.</source>
        <translation>{segment} 的任职已于 {day} 结束。</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>换届交接</translation>
    </message>
    <message>
        <source>Code of the chief who takes over:</source>
        <translation>接任河长的编码：</translation>
    </message>
    <message>
        <source>First day of the new chief (e.g. 2026-07-01):</source>
        <translation>新河长任职首日（如 2026-07-01）：</translation>
    </message>
    <message>
        <source>No chief with code {code}.</source>
        <translation>没有编码为 {code} 的河长。</translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <source>The line is not valid JSON ({error}).</source>
        <translation>线不是有效的 JSON（{error}）。</translation>
    </message>
    <message>
        <source>A line needs at least two points.</source>
        <translation>一条线至少需要两个点。</translation>
    </message>
    <message>
        <source>Point {n} of the line is not a [lon, lat] pair.</source>
        <translation>线的第 {n} 个点不是 [经度, 纬度] 数对。</translation>
    </message>
    <message>
        <source>Point {n} ({lon}, {lat}) is not a WGS84 coordinate.</source>
        <translation>第 {n} 个点（{lon}, {lat}）不是 WGS84 坐标。</translation>
    </message>
    <message>
        <source>Unknown coordinate system &apos;{datum}&apos;: use wgs84, gcj02 or bd09.</source>
        <translation>未知的坐标系“{datum}”：请用 wgs84、gcj02 或 bd09。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file&apos;s text encoding is not UTF-8 or GBK (unreadable byte at position {pos}); save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>文件的文字编码既不是 UTF-8 也不是 GBK（第 {pos} 个字节无法识别）；请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The CSV file is malformed ({error}).</source>
        <translation>CSV 文件格式有误（{error}）。</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows, too many to check and import in one go. Split it into files of at most {limit} rows (for example one per township or per year) and import them one after the other.</source>
        <translation>文件超过 {limit} 行，无法一次检查并导入。请拆分为每个不超过 {limit} 行的文件（例如按乡镇或按年份），再逐个导入。</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>This is not a readable XLSX workbook ({error}).</source>
        <translation>这不是可读取的 XLSX 工作簿（{error}）。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}，工作表 {sheet}</translation>
    </message>
    <message>
        <source>Old .xls workbooks cannot be read; save it as .xlsx.</source>
        <translation>无法读取旧版 .xls 工作簿；请另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Unknown file type &apos;{suffix}&apos;: use CSV or XLSX.</source>
        <translation>未知的文件类型“{suffix}”：请使用 CSV 或 XLSX。</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>文件太大，无法导入。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>{file}, feature {n}</source>
        <translation>{file}，第 {n} 个要素</translation>
    </message>
    <message>
        <source>Not a valid GeoJSON file ({error}).</source>
        <translation>不是有效的 GeoJSON 文件（{error}）。</translation>
    </message>
    <message>
        <source>The GeoJSON has no features.</source>
        <translation>GeoJSON 中没有要素。</translation>
    </message>
    <message>
        <source>The lines are in coordinate system {crs}; save them as WGS84 (EPSG:4326).</source>
        <translation>线的坐标系为 {crs}；请另存为 WGS84（EPSG:4326）。</translation>
    </message>
    <message>
        <source>The feature is a {kind}, not a line.</source>
        <translation>该要素是 {kind}，不是线。</translation>
    </message>
    <message>
        <source>The feature&apos;s coordinates are malformed.</source>
        <translation>该要素的坐标格式有误。</translation>
    </message>
    <message>
        <source>Not a valid KML file ({error}).</source>
        <translation>不是有效的 KML 文件（{error}）。</translation>
    </message>
    <message>
        <source>Bad coordinate &apos;{token}&apos;.</source>
        <translation>坐标“{token}”有误。</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>压缩包已损坏。</translation>
    </message>
    <message>
        <source>The archive holds an unsafe path {name}.</source>
        <translation>压缩包含有不安全的路径 {name}。</translation>
    </message>
    <message>
        <source>The archive unpacks too large.</source>
        <translation>压缩包解压后过大。</translation>
    </message>
    <message>
        <source>The KMZ holds no KML file.</source>
        <translation>KMZ 中没有 KML 文件。</translation>
    </message>
    <message>
        <source>The shapefile uses projected coordinates; save it in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation>该 Shapefile 使用投影坐标；请另存为 WGS84 经纬度（EPSG:4326）。</translation>
    </message>
    <message>
        <source>The shapefile holds {kind}, not lines.</source>
        <translation>该 Shapefile 中是 {kind}，不是线。</translation>
    </message>
    <message>
        <source>Cannot read the shapefile ({error}).</source>
        <translation>无法读取 Shapefile（{error}）。</translation>
    </message>
    <message>
        <source>Cannot read the shapefile&apos;s attributes ({error}).</source>
        <translation>无法读取 Shapefile 的属性（{error}）。</translation>
    </message>
    <message>
        <source>The archive holds no shapefile (.shp).</source>
        <translation>压缩包中没有 Shapefile（.shp）。</translation>
    </message>
    <message>
        <source>Unknown line file type &apos;{suffix}&apos;.</source>
        <translation>未知的线文件类型“{suffix}”。</translation>
    </message>
    <message>
        <source>areas</source>
        <extracomment>tables in the order they can be imported (each refers only to earlier ones)</extracomment>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>waters</source>
        <translation>水体</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>监测断面</translation>
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
        <source>assignments</source>
        <translation>河长任职</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>公示牌</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was imported. Fix them, or import only the valid rows.</source>
        <translation>发现 {n} 处问题，未导入任何数据。请修正后重试，或选择只导入无误的行。</translation>
    </message>
    <message>
        <source>Cannot tell which table this is; name the file or sheet after it (e.g. segments.csv or a sheet 河段) or choose the table.</source>
        <translation>无法判断这是哪张表；请按表名命名文件或工作表（如 segments.csv 或工作表“河段”），或选择表。</translation>
    </message>
    <message>
        <source>The required column {column} is missing.</source>
        <translation>缺少必填列 {column}。</translation>
    </message>
    <message>
        <source>{source}, row {row}, column {column}</source>
        <translation>{source}，第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <source>{source}, row {row}</source>
        <translation>{source}，第 {row} 行</translation>
    </message>
    <message>
        <source>The WKT line is malformed.</source>
        <translation>WKT 线格式有误。</translation>
    </message>
    <message>
        <source>The line is neither JSON [[lon, lat], ...] nor WKT LINESTRING.</source>
        <translation>线既不是 JSON [[经度, 纬度], ...]，也不是 WKT LINESTRING。</translation>
    </message>
    <message>
        <source>The line is not a list of points.</source>
        <translation>线不是点的列表。</translation>
    </message>
    <message>
        <source>Unknown {field} code &apos;{code}&apos;.</source>
        <translation>未知的{field}编码“{code}”。</translation>
    </message>
    <message>
        <source>Duplicate: the same {what} is already in row {row}.</source>
        <translation>重复：第 {row} 行已有相同的{what}。</translation>
    </message>
    <message>
        <source>The line has no segment code attribute (code or 河段编码).</source>
        <translation>该线没有河段编码属性（code 或 河段编码）。</translation>
    </message>
    <message>
        <source>Duplicate: segment {code} has a line already in {where}.</source>
        <translation>重复：河段 {code} 的线已在 {where} 中。</translation>
    </message>
    <message>
        <source>Unknown segment code &apos;{code}&apos;.</source>
        <translation>未知的河段编码“{code}”。</translation>
    </message>
    <message>
        <source>Unknown table &apos;{table}&apos;.</source>
        <translation>未知的表“{table}”。</translation>
    </message>
    <message>
        <source>A CSV file holds one table; choose which (e.g. --table segment) or use .xlsx.</source>
        <translation>一个 CSV 文件只能存一张表；请选择（如 --table segment）或使用 .xlsx。</translation>
    </message>
    <message>
        <source>Export to .xlsx, .csv or .geojson.</source>
        <translation>请导出为 .xlsx、.csv 或 .geojson。</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Chiefs</source>
        <translation>河长名录</translation>
    </message>
    <message>
        <source>Waters (一河一档)</source>
        <translation>河湖（一河一档）</translation>
    </message>
    <message>
        <source>Registry lists</source>
        <translation>名录维护</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Import the {n} valid rows</source>
        <translation>导入 {n} 行无误的数据</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was imported. Fix the file and import it again, or import only the valid rows.</source>
        <translation>发现 {n} 处问题，未导入任何数据。请修正文件后重新导入，或只导入无误的行。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>water</source>
        <translation>水体</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>monitoring section</source>
        <translation>监测断面</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>河长任职</translation>
    </message>
    <message>
        <source>public sign</source>
        <translation>公示牌</translation>
    </message>
    <message>
        <source>area</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>新增{what}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>codes, separated by commas</source>
        <translation>编码，用逗号分隔</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <source>{km:.2f} km (from the line)</source>
        <translation>{km:.2f} 千米（按河段线计算）</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The {field} does not exist (any more).</source>
        <extracomment>the WGS84 box every segment line must lie in, unless the setting ``registry.bounds`` narrows it to the district: [min_lon, min_lat, max_lon, max_lat]</extracomment>
        <translation>该{field}不存在（或已删除）。</translation>
    </message>
    <message>
        <source>A chief named on the sign does not exist.</source>
        <translation>公示牌上的某位河长不存在。</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>编码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>An area cannot be its own parent.</source>
        <translation>区划不能是自己的上级。</translation>
    </message>
    <message>
        <source>A {child} cannot belong to a {parent}.</source>
        <translation>{child}不能隶属于{parent}。</translation>
    </message>
    <message>
        <source>A water cannot flow into itself.</source>
        <translation>水体不能汇入自身。</translation>
    </message>
    <message>
        <source>Point {n} of the line ({lon:.5f}, {lat:.5f}) is outside the area (longitude {lo_lon}–{hi_lon}, latitude {lo_lat}–{hi_lat}); are longitude and latitude swapped?</source>
        <translation>线的第 {n} 个点（{lon:.5f}, {lat:.5f}）在辖区范围之外（经度 {lo_lon}–{hi_lon}，纬度 {lo_lat}–{hi_lat}）；经纬度是否填反了？</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>This chief is already assigned to this segment from {start} to {end}; assignments of the same chief to the same segment may not overlap.</source>
        <translation>该河长已于 {start} 至 {end} 负责此河段；同一河长对同一河段的任职期不能重叠。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Other records still refer to this one ({what}); remove them first.</source>
        <translation>仍有其他记录引用此记录（{what}）；请先删除它们。</translation>
    </message>
    <message>
        <source>That chief is not assigned to this segment then.</source>
        <translation>该河长当时不负责此河段。</translation>
    </message>
    <message>
        <source>Choose another chief to take over.</source>
        <translation>请选择另一名河长接任。</translation>
    </message>
    <message>
        <source>That chief holds no segment on that day.</source>
        <translation>该河长当天不负责任何河段。</translation>
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
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>area</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>water</source>
        <translation>水体</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>to</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>line</source>
        <translation>河段线</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>water type</source>
        <translation>水体类型</translation>
    </message>
    <message>
        <source>target class</source>
        <translation>水质目标</translation>
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
        <source>title</source>
        <translation>河长类别</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>location</source>
        <translation>设置位置</translation>
    </message>
    <message>
        <source>chiefs named</source>
        <translation>公示河长</translation>
    </message>
    <message>
        <source>last updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>national control</source>
        <translation>国控</translation>
    </message>
    <message>
        <source>provincial control</source>
        <translation>省控</translation>
    </message>
    <message>
        <source>city control</source>
        <translation>市控</translation>
    </message>
    <message>
        <source>district control</source>
        <translation>区控</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>district</source>
        <translation>县（区）级</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇（街道）级</translation>
    </message>
    <message>
        <source>village</source>
        <translation>村（社区）级</translation>
    </message>
    <message>
        <source>river</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>lake</source>
        <translation>湖泊</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>水库</translation>
    </message>
    <message>
        <source>canal</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>national</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>river chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>deputy river chief</source>
        <translation>副河长</translation>
    </message>
    <message>
        <source>lake chief</source>
        <translation>湖长</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as 2026-07-01).</source>
        <translation>“{value}”不是日期（请写成 2026-07-01）。</translation>
    </message>
    <message>
        <source>The {field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; may use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 40).</source>
        <translation>编码“{value}”只能由字母、数字、“-”、“_”和“.”组成（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field} (one of: {choices}).</source>
        <translation>“{value}”不是有效的{field}（可选：{choices}）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>{value} is not a valid {field}.</source>
        <translation>{value} 不是有效的{field}。</translation>
    </message>
</context>
<context>
    <name>RegistryListsPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>共 {n} 行</translation>
    </message>
    <message>
        <source>{n} rows (the first {max} shown; search to narrow)</source>
        <translation>共 {n} 行（仅显示前 {max} 行；请搜索以缩小范围）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove {what}? It stays in the history and can be seen in the audit log.</source>
        <translation>删除 {what}？删除后仍保留在修改历史中，可在审计日志中查看。</translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message>
        <source>Import into the registry</source>
        <translation>导入名录</translation>
    </message>
    <message>
        <source>Registry tables and segment lines ({patterns})</source>
        <translation>名录表格和河段线（{patterns}）</translation>
    </message>
    <message>
        <source>WGS84 (GPS)</source>
        <translation>WGS84（GPS）</translation>
    </message>
    <message>
        <source>GCJ-02 (Amap, Tencent, WeChat)</source>
        <translation>GCJ-02（高德、腾讯、微信）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>The lines were drawn in:</source>
        <translation>这些线的坐标系：</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <source>{file}: {new} new, {updated} updated, {same} unchanged, {skipped} skipped.</source>
        <translation>{file}：新增 {new}，更新 {updated}，未变 {same}，跳过 {skipped}。</translation>
    </message>
    <message>
        <source>{file}: nothing imported, {n} problem(s) found.</source>
        <translation>{file}：未导入任何数据，发现 {n} 个问题。</translation>
    </message>
    <message>
        <source>Export the registry</source>
        <translation>导出名录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Segment lines (*.geojson)</source>
        <translation>Excel 工作簿 (*.xlsx);;河段线 (*.geojson)</translation>
    </message>
    <message>
        <source>{file}: {rows} rows written.</source>
        <translation>{file}：已写出 {rows} 行。</translation>
    </message>
    <message>
        <source>Exporting {file}</source>
        <translation>正在导出 {file}</translation>
    </message>
</context>
<context>
    <name>SegmentMap</name>
    <message>
        <source>No lines yet</source>
        <translation>尚无河段线</translation>
    </message>
</context>
<context>
    <name>WaterFileView</name>
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
        <translation>行政区划</translation>
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
        <source>Chiefs now</source>
        <translation>现任河长</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>河长类别</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>任职止</translation>
    </message>
    <message>
        <source>Organisation and post</source>
        <translation>单位及职务</translation>
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
        <source>Target class</source>
        <translation>水质目标</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>设置位置</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>Chiefs</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Monitoring sections</source>
        <translation>监测断面</translation>
    </message>
    <message>
        <source>Public signs</source>
        <translation>公示牌</translation>
    </message>
    <message>
        <source>Edit water…</source>
        <translation>编辑水体…</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>新增河段…</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>编辑河段…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <source>Sign renewed…</source>
        <translation>公示牌已更新…</translation>
    </message>
    <message>
        <source>Choose a water on the left.</source>
        <translation>请在左侧选择一条河湖。</translation>
    </message>
    <message>
        <source>{n} segments, {km:.1f} km</source>
        <translation>{n} 个河段，共 {km:.1f} 千米</translation>
    </message>
    <message>
        <source>flows into {name}</source>
        <translation>汇入{name}</translation>
    </message>
    <message>
        <source>tributaries: {names}</source>
        <translation>支流：{names}</translation>
    </message>
    <message>
        <source>managed by {area}</source>
        <translation>管理区划：{area}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>out of date: chiefs changed on {day}</source>
        <translation>未及时更新：河长已于 {day} 变更</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Sign renewed</source>
        <translation>公示牌已更新</translation>
    </message>
    <message>
        <source>Sign {code} renewed on {day}.</source>
        <translation>公示牌 {code} 已于 {day} 更新。</translation>
    </message>
    <message>
        <source>Choose a sign in the list first.</source>
        <translation>请先在列表中选择一块公示牌。</translation>
    </message>
    <message>
        <source>Day the sign was renewed (e.g. 2026-07-15):</source>
        <translation>公示牌更新日期（如 2026-07-15）：</translation>
    </message>
</context>
<context>
    <name>WatersPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>河段数</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>搜索编码或名称</translation>
    </message>
    <message>
        <source>New water…</source>
        <translation>新增水体…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>{n} waters</source>
        <translation>共 {n} 条河湖</translation>
    </message>
</context>
</TS>
