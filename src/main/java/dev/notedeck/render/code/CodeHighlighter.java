package dev.notedeck.render.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small tokenizer for syntax colouring of the languages these notes use (sql, java, kotlin,
 * python, js/ts, bash, yaml, json). It only tells comments, strings, numbers, keywords and keys
 * apart; the token texts always join back to the exact source, so nothing is lost. The handout and
 * the deck both colour code with it ({@link TokenStyle}), so code looks alike in both.
 */
public final class CodeHighlighter {

  public enum Kind { PLAIN, KEYWORD, STRING, COMMENT, NUMBER, LITERAL, KEY }

  public record Token(Kind kind, String text) {}

  private record Spec(List<String> lineComments, String blockOpen, String blockClose,
      String quotes, boolean tripleQuotes, boolean caseInsensitive, Set<String> keywords,
      Set<String> literals) {}

  private static final Set<String> JAVA = Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
      "else", "enum", "extends", "final", "finally", "float", "for", "if", "implements",
      "import", "instanceof", "int", "interface", "long", "new", "package", "private",
      "protected", "public", "record", "return", "sealed", "short", "static", "super", "switch",
      "synchronized", "this", "throw", "throws", "try", "var", "void", "volatile", "while",
      "yield", "permits");
  private static final Set<String> KOTLIN = Set.of("as", "break", "class", "continue", "do",
      "else", "for", "fun", "if", "in", "interface", "is", "object", "package", "return",
      "super", "this", "throw", "try", "typealias", "val", "var", "when", "while", "import",
      "private", "public", "internal", "protected", "override", "open", "data", "sealed",
      "companion", "suspend", "lateinit", "by", "init", "enum", "catch", "finally");
  private static final Set<String> JS = Set.of("async", "await", "break", "case", "catch",
      "class", "const", "continue", "default", "delete", "do", "else", "export", "extends",
      "finally", "for", "from", "function", "if", "import", "in", "instanceof", "let", "new",
      "of", "return", "static", "super", "switch", "this", "throw", "try", "typeof", "var",
      "void", "while", "yield", "interface", "type", "enum", "implements", "readonly",
      "private", "public", "protected", "as", "declare", "namespace", "abstract");
  private static final Set<String> PYTHON = Set.of("and", "as", "assert", "async", "await",
      "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
      "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
      "raise", "return", "try", "while", "with", "yield", "match", "case");
  private static final Set<String> BASH = Set.of("if", "then", "else", "elif", "fi", "for",
      "while", "until", "do", "done", "case", "esac", "in", "function", "return", "export",
      "local", "readonly", "echo", "cd", "sudo", "set", "unset", "source", "exit");
  private static final Set<String> SQL = Set.of("select", "from", "where", "and", "or", "not",
      "insert", "into", "values", "update", "set", "delete", "create", "replace", "table",
      "view", "model", "options", "as", "on", "join", "left", "right", "inner", "outer",
      "full", "cross", "group", "by", "order", "having", "limit", "offset", "union", "all",
      "distinct", "case", "when", "then", "else", "end", "if", "exists", "drop", "alter",
      "index", "with", "in", "is", "like", "between", "asc", "desc", "primary", "key",
      "partition", "over", "struct", "array", "unnest", "using", "default", "except");

  private static final Set<String> C_LITERALS = Set.of("true", "false", "null", "undefined");
  private static final Set<String> PY_LITERALS = Set.of("True", "False", "None");

  private static final Spec JAVA_SPEC = new Spec(List.of("//"), "/*", "*/", "\"'", true,
      false, JAVA, C_LITERALS);
  private static final Spec KOTLIN_SPEC = new Spec(List.of("//"), "/*", "*/", "\"'", true,
      false, KOTLIN, C_LITERALS);
  private static final Spec JS_SPEC = new Spec(List.of("//"), "/*", "*/", "\"'`", false,
      false, JS, C_LITERALS);
  private static final Spec PYTHON_SPEC = new Spec(List.of("#"), null, null, "\"'", true,
      false, PYTHON, PY_LITERALS);
  private static final Spec BASH_SPEC = new Spec(List.of("#"), null, null, "\"'", false,
      false, BASH, Set.of("true", "false"));
  private static final Spec SQL_SPEC = new Spec(List.of("--", "#"), "/*", "*/", "'\"`", false,
      true, SQL, Set.of("true", "false", "null"));
  private static final Spec JSON_SPEC = new Spec(List.of(), null, null, "\"", false, false,
      Set.of(), Set.of("true", "false", "null"));

  private static final Map<String, Spec> BY_LANGUAGE = Map.ofEntries(
      Map.entry("java", JAVA_SPEC), Map.entry("kotlin", KOTLIN_SPEC), Map.entry("kt", KOTLIN_SPEC),
      Map.entry("kts", KOTLIN_SPEC), Map.entry("js", JS_SPEC), Map.entry("javascript", JS_SPEC),
      Map.entry("ts", JS_SPEC), Map.entry("typescript", JS_SPEC), Map.entry("jsx", JS_SPEC),
      Map.entry("tsx", JS_SPEC), Map.entry("python", PYTHON_SPEC), Map.entry("py", PYTHON_SPEC),
      Map.entry("bash", BASH_SPEC), Map.entry("sh", BASH_SPEC), Map.entry("shell", BASH_SPEC),
      Map.entry("zsh", BASH_SPEC), Map.entry("console", BASH_SPEC), Map.entry("sql", SQL_SPEC),
      Map.entry("bigquery", SQL_SPEC), Map.entry("json", JSON_SPEC));

  /** The language names with colouring rules (others come back as one plain token). */
  public static Set<String> languages() {
    Set<String> all = new java.util.TreeSet<>(BY_LANGUAGE.keySet());
    all.add("yaml");
    all.add("yml");
    return all;
  }

  /** Splits {@code code} into coloured tokens; unknown languages come back as one plain token. */
  public List<Token> tokenize(String language, String code) {
    String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    if (lang.equals("yaml") || lang.equals("yml")) {
      return merge(yaml(code));
    }
    Spec spec = BY_LANGUAGE.get(lang);
    if (spec == null) {
      return code.isEmpty() ? List.of() : List.of(new Token(Kind.PLAIN, code));
    }
    List<Token> tokens = scan(spec, code);
    if (spec == JSON_SPEC) {
      markJsonKeys(tokens);
    }
    return merge(tokens);
  }

  /**
   * Every rule returns where its token ends; the loop, not each rule, guarantees progress: a rule
   * that would consume nothing yields one plain character instead (an earlier rule that matched
   * {@code @} but consumed no word looped forever and filled the heap).
   */
  private static List<Token> scan(Spec spec, String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      Kind kind = Kind.PLAIN;
      int end;
      char c = s.charAt(i);
      String lineComment = startsAny(s, i, spec.lineComments());
      if (lineComment != null && commentMayStart(spec, s, i)) {
        kind = Kind.COMMENT;
        end = s.indexOf('\n', i);
        end = end < 0 ? n : end;
      } else if (spec.blockOpen() != null && s.startsWith(spec.blockOpen(), i)) {
        kind = Kind.COMMENT;
        end = s.indexOf(spec.blockClose(), i + spec.blockOpen().length());
        end = end < 0 ? n : end + spec.blockClose().length();
      } else if (spec.quotes().indexOf(c) >= 0) {
        kind = Kind.STRING;
        end = stringEnd(s, i, spec.tripleQuotes());
      } else if (Character.isDigit(c) && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
        kind = Kind.NUMBER;
        end = i;
        while (end < n && (isWordChar(s.charAt(end)) || s.charAt(end) == '.')) {
          end++;
        }
      } else if (isWordStart(c)) {
        // an annotation or decorator sign belongs to the word after it: @Override, @app.route
        end = c == '@' ? i + 1 : i;
        while (end < n && isWordChar(s.charAt(end))) {
          end++;
        }
        String word = s.substring(i, end);
        String key = spec.caseInsensitive() ? word.toLowerCase(Locale.ROOT) : word;
        kind = spec.keywords().contains(key) ? Kind.KEYWORD
            : spec.literals().contains(key) ? Kind.LITERAL : Kind.PLAIN;
      } else {
        end = i + 1;
      }
      end = Math.min(n, end);
      if (end <= i) {
        kind = Kind.PLAIN;
        end = i + 1;
      }
      out.add(new Token(kind, s.substring(i, end)));
      i = end;
    }
    return out;
  }

  /** In shells '#' starts a comment only at a word start ({@code $#} or {@code a#b} do not). */
  private static boolean commentMayStart(Spec spec, String s, int i) {
    if (s.charAt(i) != '#' || i == 0) {
      return true;
    }
    return Character.isWhitespace(s.charAt(i - 1));
  }

  private static int stringEnd(String s, int i, boolean triple) {
    char q = s.charAt(i);
    String q3 = String.valueOf(q).repeat(3);
    if (triple && s.startsWith(q3, i)) {
      int end = s.indexOf(q3, i + 3);
      return end < 0 ? s.length() : end + 3;
    }
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == q) {
        return j + 1;
      }
      if (c == '\n' && q != '`') {
        return j; // an unclosed string stops at the end of its line
      }
      j++;
    }
    return s.length();
  }

  private static void markJsonKeys(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != Kind.STRING) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).kind() == Kind.PLAIN
          && tokens.get(j).text().isBlank()) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).text().equals(":")) {
        tokens.set(i, new Token(Kind.KEY, tokens.get(i).text()));
      }
    }
  }

  private static List<Token> yaml(String code) {
    List<Token> out = new ArrayList<>();
    for (String line : code.split("(?<=\n)", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
      String trimmed = body.stripLeading();
      int indent = body.length() - trimmed.length();
      if (trimmed.startsWith("#")) {
        out.add(new Token(Kind.PLAIN, body.substring(0, indent)));
        out.add(new Token(Kind.COMMENT, trimmed));
      } else {
        int at = indent;
        if (trimmed.startsWith("- ")) {
          at += 2;
        }
        int colon = keyColon(body, at);
        if (colon > 0) {
          out.add(new Token(Kind.PLAIN, body.substring(0, at)));
          out.add(new Token(Kind.KEY, body.substring(at, colon)));
          out.add(new Token(Kind.PLAIN, ":"));
          out.addAll(yamlValue(body.substring(colon + 1)));
        } else {
          out.add(new Token(Kind.PLAIN, body.substring(0, at)));
          out.addAll(yamlValue(body.substring(at)));
        }
      }
      if (line.endsWith("\n")) {
        out.add(new Token(Kind.PLAIN, "\n"));
      }
    }
    return out;
  }

  private static int keyColon(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' || c == '\'' || c == '#' || c == '{' || c == '[') {
        return -1;
      }
      if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
        return i > from ? i : -1;
      }
    }
    return -1;
  }

  private static List<Token> yamlValue(String value) {
    List<Token> out = new ArrayList<>();
    int hash = value.indexOf(" #");
    String main = hash >= 0 ? value.substring(0, hash) : value;
    String comment = hash >= 0 ? value.substring(hash) : "";
    String trimmed = main.strip();
    if (!trimmed.isEmpty()) {
      int lead = main.indexOf(trimmed);
      Kind kind = trimmed.matches("-?[0-9][0-9_.eE+-]*") ? Kind.NUMBER
          : trimmed.matches("true|false|null|yes|no|~") ? Kind.LITERAL
          : trimmed.startsWith("\"") || trimmed.startsWith("'") ? Kind.STRING : Kind.PLAIN;
      out.add(new Token(Kind.PLAIN, main.substring(0, lead)));
      out.add(new Token(kind, trimmed));
      out.add(new Token(Kind.PLAIN, main.substring(lead + trimmed.length())));
    } else {
      out.add(new Token(Kind.PLAIN, main));
    }
    if (!comment.isEmpty()) {
      out.add(new Token(Kind.PLAIN, " "));
      out.add(new Token(Kind.COMMENT, comment.substring(1)));
    }
    return out;
  }

  private static String startsAny(String s, int i, List<String> prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p, i)) {
        return p;
      }
    }
    return null;
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$' || c == '@';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** Joins neighbours of the same kind and drops empty tokens, to keep the XHTML small. */
  private static List<Token> merge(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    Kind runKind = null;
    for (Token t : tokens) {
      if (t.text().isEmpty()) {
        continue;
      }
      if (t.kind() != runKind && runKind != null) {
        out.add(new Token(runKind, run.toString()));
        run.setLength(0);
      }
      runKind = t.kind();
      run.append(t.text());
    }
    if (runKind != null) {
      out.add(new Token(runKind, run.toString()));
    }
    return out;
  }
}
