# Flattens the JSON document on standard input into one line per scalar: its path, a tab, its value.
#   {"a":{"b":[1,"x\"y"]},"c":null}   ->   a.b[0]<TAB>1   a.b[1]<TAB>x"y   c<TAB>null
# Strings are unescaped (\uXXXX becomes UTF-8; a newline or tab inside a value becomes a space, so every scalar keeps
# one line). Only awk is needed (mawk, gawk or busybox); run it with LC_ALL=C so bytes are written as bytes.
# Malformed input ends with exit status 1 and a message on standard error.

BEGIN { RS = "\001" }
{ text = text $0 "\n" }
END {
    n = length(text); pos = 1
    skip()
    if (pos > n) fail("no JSON on input")
    parse_value("")
    skip()
    if (pos <= n) fail("unexpected text after the document")
}

function fail(message) {
    printf "json.awk: %s at character %d\n", message, pos > "/dev/stderr"
    exit 1
}

function skip(   c) {
    while (pos <= n) {
        c = substr(text, pos, 1)
        if (c != " " && c != "\t" && c != "\n" && c != "\r") return
        pos++
    }
}

function expect(c) {
    skip()
    if (substr(text, pos, 1) != c) fail("expected '" c "'")
    pos++
}

function emit(path, value) { printf "%s\t%s\n", path, value }

function parse_value(path,   c) {
    skip()
    c = substr(text, pos, 1)
    if (c == "{") parse_object(path)
    else if (c == "[") parse_array(path)
    else if (c == "\"") emit(path, parse_string())
    else emit(path, parse_literal())
}

function parse_object(path,   key, first, c) {
    expect("{")
    skip()
    if (substr(text, pos, 1) == "}") { pos++; return }
    for (first = 1; ; first = 0) {
        skip()
        if (substr(text, pos, 1) != "\"") fail("expected a property name")
        key = parse_string()
        expect(":")
        parse_value(path == "" ? key : path "." key)
        skip()
        c = substr(text, pos, 1)
        pos++
        if (c == "}") return
        if (c != ",") { pos--; fail("expected ',' or '}'") }
    }
}

function parse_array(path,   i, c) {
    expect("[")
    skip()
    if (substr(text, pos, 1) == "]") { pos++; return }
    for (i = 0; ; i++) {
        parse_value(path "[" i "]")
        skip()
        c = substr(text, pos, 1)
        pos++
        if (c == "]") return
        if (c != ",") { pos--; fail("expected ',' or ']'") }
    }
}

function parse_literal(   start, c) {
    start = pos
    while (pos <= n) {
        c = substr(text, pos, 1)
        if (c == "," || c == "}" || c == "]" || c == " " || c == "\t" || c == "\n" || c == "\r") break
        pos++
    }
    if (pos == start) fail("expected a value")
    return substr(text, start, pos - start)
}

function parse_string(   out, c, e, code, low) {
    pos++
    out = ""
    while (pos <= n) {
        c = substr(text, pos, 1)
        pos++
        if (c == "\"") return out
        if (c != "\\") { out = out c; continue }
        e = substr(text, pos, 1)
        pos++
        if (e == "n" || e == "t" || e == "r") out = out " "
        else if (e == "b" || e == "f") out = out ""
        else if (e == "u") {
            code = hex(substr(text, pos, 4)); pos += 4
            if (code >= 55296 && code < 56320 && substr(text, pos, 2) == "\\u") {
                low = hex(substr(text, pos + 2, 4))
                if (low >= 56320 && low < 57344) { code = 65536 + (code - 55296) * 1024 + (low - 56320); pos += 6 }
            }
            out = out utf8(code)
        }
        else out = out e
    }
    fail("unterminated string")
}

function hex(digits,   i, d, value) {
    value = 0
    for (i = 1; i <= 4; i++) {
        d = index("0123456789abcdef", tolower(substr(digits, i, 1)))
        if (d == 0) fail("bad \\u escape")
        value = value * 16 + d - 1
    }
    return value
}

function utf8(code) {
    if (code < 128) return sprintf("%c", code)
    if (code < 2048) return sprintf("%c%c", 192 + int(code / 64), 128 + code % 64)
    if (code < 65536) return sprintf("%c%c%c", 224 + int(code / 4096), 128 + int(code / 64) % 64, 128 + code % 64)
    return sprintf("%c%c%c%c", 240 + int(code / 262144), 128 + int(code / 4096) % 64, 128 + int(code / 64) % 64, 128 + code % 64)
}
