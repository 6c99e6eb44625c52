package dev.notedeck.cli;

import dev.notedeck.theme.ThemeLoader;
import java.util.Iterator;

/** For shell completion of -t: the built-in theme names (the script adds folders). */
final class ThemeNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return new ThemeLoader().builtIns().stream().map(ThemeLoader.ThemeInfo::name).iterator();
  }
}
