<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Exchange</name>
    <message>
        <source>record {seq} was changed after it was chained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records from number {seq} on are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records {first}–{last} are missing from the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {seq} is missing from the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {seq} appears twice in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {seq} does not follow the record before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain ends at record {seq} but should run to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does not end with the record its manifest names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has no signing key yet: create one under Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records to export leave a gap in the chain of chief {chief}; export everything since the last acknowledged export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo or track file is missing from the media folder ({sha}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported package has this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a public key: expected 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least 4 characters to protect the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation already has a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a label, e.g. the chief&apos;s laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolled key has the fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a new laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made on this installation.</source>
        <extracomment>Tables whose records travel in packages. Rooms add theirs (patrols, problems, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by a key this office has not enrolled (fingerprint {fp}). Enrol the laptop&apos;s key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by a revoked key ({label}, revoked {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: it was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package carries records of an unknown kind ({table}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in the package has no id or revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of chief {chief} differs from what was chained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s chains do not match its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of chief {chief} breaks at record {seq} ({kind}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of chief {chief} forks at record {seq}: the office holds a different record there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored file no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains a link ({name}): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains an unsafe path ({name}): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains an unexpected member ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RiverChief package (not a readable zip file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged and cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has too many members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has duplicate members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is too large or too compressed ({name}): refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s manifest is absurdly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RiverChief package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown package format version {version}: this app reads version {ours}. Update RiverChief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s manifest lists no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains a member its manifest does not list ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member listed in the manifest is missing ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member {name} was changed: its hash does not match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member {name} is larger than it claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record line {n} of the package is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
