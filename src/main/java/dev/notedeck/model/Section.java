package dev.notedeck.model;

import java.util.List;

/**
 * A headed section. Inside a talk it is a {@code ###}; at event level a {@code ##} that is not
 * a talk. Deeper headings become nested {@code subsections}.
 *
 * @param level the Markdown heading level (2..6)
 * @param blocks the content before the first subsection
 * @param attributes the heading's {@code {.class key="value"}} (keep-outs, layout), or NONE
 */
public record Section(String title, int level, List<Block> blocks, List<Section> subsections, int line,
    Attributes attributes) implements Part {

  public Section {
    blocks = List.copyOf(blocks);
    subsections = List.copyOf(subsections);
    attributes = attributes == null ? Attributes.NONE : attributes;
  }

  public Section(String title, int level, List<Block> blocks, List<Section> subsections, int line) {
    this(title, level, blocks, subsections, line, Attributes.NONE);
  }

  public boolean isEmpty() {
    return blocks.isEmpty() && subsections.stream().allMatch(Section::isEmpty);
  }
}
