package dev.notedeck.parse;

import dev.notedeck.model.Attributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pandoc's attribute syntax: {@code {#id .class key="value" key=value}}, or a bare class name. */
final class PandocAttributes {

  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:#([\\w:.-]+)|\\.([\\w-]+)|([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'}]+)))");
  private static final Pattern TRAILING = Pattern.compile("^(.*?)\\s*\\{([^{}]*)\\}\\s*$", Pattern.DOTALL);

  private PandocAttributes() {}

  /** A div's info ("notes" or "{.notes}"); empty when it is not attribute syntax. */
  static Optional<Attributes> ofDivInfo(String info) {
    String s = info.strip();
    if (s.startsWith("{") && s.endsWith("}")) {
      return parse(s.substring(1, s.length() - 1));
    }
    return Optional.of(new Attributes(null, List.of(s), Map.of()));
  }

  /** A heading's text split from its trailing {@code {…}}, when that is attribute syntax. */
  record Split(String text, Attributes attributes) {}

  static Split ofHeading(String heading) {
    Matcher m = TRAILING.matcher(heading);
    if (m.matches() && !m.group(1).isBlank()) {
      Optional<Attributes> a = parse(m.group(2));
      if (a.isPresent() && !a.get().isEmpty()) {
        return new Split(m.group(1).strip(), a.get());
      }
    }
    return new Split(heading, Attributes.NONE);
  }

  /** The inside of {@code {…}}; empty when any part of it is not an attribute. */
  static Optional<Attributes> parse(String inside) {
    String id = null;
    List<String> classes = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Matcher m = TOKEN.matcher(inside);
    int at = 0;
    while (at < inside.length() && m.find(at) && m.start() == at) {
      if (m.group(1) != null) {
        id = m.group(1);
      } else if (m.group(2) != null) {
        classes.add(m.group(2));
      } else {
        String v = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
        values.put(m.group(3), v);
      }
      at = m.end();
    }
    if (!inside.substring(at).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Attributes(id, classes, values));
  }
}
