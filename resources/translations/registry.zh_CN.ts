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
    <name>Geometry</name>
    <message>
        <source>The line is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line needs at least two points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {n} of the line is not a [lon, lat] pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {n} ({lon}, {lat}) is not a WGS84 coordinate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown coordinate system &apos;{datum}&apos;: use wgs84, gcj02 or bd09.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file&apos;s text encoding is not UTF-8 or GBK (unreadable byte at position {pos}); save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is malformed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable XLSX workbook ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old .xls workbooks cannot be read; save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type &apos;{suffix}&apos;: use CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, feature {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid GeoJSON file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoJSON has no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines are in coordinate system {crs}; save them as WGS84 (EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature is a {kind}, not a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature&apos;s coordinates are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid KML file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad coordinate &apos;{token}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds an unsafe path {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive unpacks too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KMZ holds no KML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shapefile uses projected coordinates; save it in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shapefile holds {kind}, not lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the shapefile ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the shapefile&apos;s attributes ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no shapefile (.shp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown line file type &apos;{suffix}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas</source>
        <extracomment>tables in the order they can be imported (each refers only to earlier ones)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was imported. Fix them, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which table this is; name the file or sheet after it (e.g. segments.csv or a sheet 河段) or choose the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column {column} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, row {row}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WKT line is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is neither JSON [[lon, lat], ...] nor WKT LINESTRING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not a list of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {field} code &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: the same {what} is already in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has no segment code attribute (code or 河段编码).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: segment {code} has a line already in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segment code &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table &apos;{table}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file holds one table; choose which (e.g. --table segment) or use .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to .xlsx, .csv or .geojson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The {field} does not exist (any more).</source>
        <extracomment>the WGS84 box every segment line must lie in, unless the setting ``registry.bounds`` narrows it to the district: [min_lon, min_lat, max_lon, max_lat]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chief named on the sign does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {child} cannot belong to a {parent}.</source>
        <translation type="unfinished">{child}不能隶属于{parent}。</translation>
    </message>
    <message>
        <source>A water cannot flow into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {n} of the line ({lon:.5f}, {lat:.5f}) is outside the area (longitude {lo_lon}–{hi_lon}, latitude {lo_lat}–{hi_lat}); are longitude and latitude swapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chief is already assigned to this segment from {start} to {end}; assignments of the same chief to the same segment may not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records still refer to this one ({what}); remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That chief is not assigned to this segment then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiefs named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provincial control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished">省</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">市</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">县（区）</translation>
    </message>
    <message>
        <source>township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>river</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>river chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy river chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lake chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as 2026-07-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; may use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field} (one of: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid {field}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
