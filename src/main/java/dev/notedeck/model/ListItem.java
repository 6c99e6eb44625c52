package dev.notedeck.model;

import java.util.List;

/**
 * A list item: its first paragraph as {@code text}, then everything else it holds (nested lists,
 * further paragraphs, code) as {@code children}.
 *
 * @param task null for an ordinary item, true/false for a checked/unchecked task item
 */
public record ListItem(RichText text, List<Block> children, Boolean task) {
  public ListItem {
    children = List.copyOf(children);
  }

  public ListItem(RichText text, List<Block> children) {
    this(text, children, null);
  }
}
