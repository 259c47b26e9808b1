// HostileValues: strings an attacker could put into a result folder, for the encoders' and reader's tests.

public enum HostileValues {
    /// Each hostile string with a short name for failure messages.
    public static let strings: [(name: String, value: String)] = [
        ("newline", "AMD EPYC\nsystem(\"touch /tmp/gilbench-hostile\")\n"),
        ("carriage return", "a\rsystem('x')"),
        ("NUL", "a\u{0}b"),
        ("single quote", "it's 'quoted''"),
        ("double quote", "say \"hi\""),
        ("backslash", "C:\\path\\"),
        ("system call", "'.system(\"touch /tmp/gilbench-hostile\").'"),
        ("backquote", "`touch /tmp/gilbench-hostile`"),
        ("shell substitution", "$(touch /tmp/gilbench-hostile)"),
        ("gnuplot macro", "@evil"),
        ("ANSI escape", "\u{1B}[31mred\u{1B}[0m\u{1B}]0;title\u{7}"),
        ("C1 control", "a\u{9B}31mb"),
        ("bidi override", "abc\u{202E}fed"),
        ("line separator", "a\u{2028}b"),
        ("tab", "a\tb"),
        ("path traversal", "../../etc/passwd"),
        ("Markdown link", "[click](javascript:alert(1)) ![x](http://tracker/x.png)"),
        ("HTML", "<script>alert(1)</script><img src=x onerror=alert(1)>"),
        ("table pipe", "a | b |"),
        ("emphasis", "*bold* _it_ ~~gone~~"),
        ("code fence", "```\nrm -rf /\n```"),
        ("long", String(repeating: "x", count: 100_000)),
        ("empty", ""),
        ("non-ASCII", "Ünïcødé 名前 🚀"),
    ]
}
