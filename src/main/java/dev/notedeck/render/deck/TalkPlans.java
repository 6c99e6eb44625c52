package dev.notedeck.render.deck;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.lang.Labels;
import dev.notedeck.model.Talk;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.FontFamily;
import dev.notedeck.theme.SlideSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slides of talks planned before, kept by a long-lived renderer (watch, preview, a batch)
 * so that a rebuild after an edit re-plans only the talks that changed: an edit usually touches
 * one talk of several. A talk's slides depend on the talk itself (its number, text and lines)
 * and on the theme's geometry, type and fonts, the notes' language and the deck options, all of
 * which are the {@link Key}; the pictures it shows are looked up again and must be the same, and
 * the warnings its planning gave are given again. Holds at most {@link #MAX_SLIDES} slides,
 * forgetting the least recently used talks first. Safe to share between threads.
 */
public final class TalkPlans {

  static final int MAX_SLIDES = 3_000;

  private final Map<Key, Plan> plans = new LinkedHashMap<>(16, 0.75f, true);
  private int slides;

  /** Everything a talk's slides depend on, compared by value. */
  record Key(Talk talk, SlideSetup setup, SlideFrames frames, List<FontFamily> fonts, Labels labels,
      DeckOptions options) {}

  /**
   * A talk's slides, the layouts its sections asked for (by offset from its first slide), the
   * pictures its planning looked up and the warnings it gave.
   */
  record Plan(List<SlideSpec> slides, List<Layout> layouts, List<Lookup> lookups, List<Finding> findings) {}

  record Layout(int offset, String name, int line) {}

  record Lookup(String src, int line, Optional<LoadedImage> found) {

    /** Whether looking the picture up now gives the same picture (bytes and all) as then. */
    boolean same(Optional<LoadedImage> now) {
      if (now.isEmpty() || found.isEmpty()) {
        return now.isEmpty() == found.isEmpty();
      }
      LoadedImage a = found.get();
      LoadedImage b = now.get();
      return a == b || (a.src().equals(b.src()) && a.format() == b.format() && a.width() == b.width()
          && a.height() == b.height() && Arrays.equals(a.bytes(), b.bytes()));
    }
  }

  synchronized Plan find(Key key) {
    return plans.get(key);
  }

  synchronized void keep(Key key, Plan plan) {
    if (plan.slides().size() > MAX_SLIDES / 4) {
      return; // a talk this long would push out every other
    }
    Plan before = plans.put(key, plan);
    slides += plan.slides().size() - (before == null ? 0 : before.slides().size());
    var oldest = plans.entrySet().iterator();
    while (slides > MAX_SLIDES && oldest.hasNext()) {
      slides -= oldest.next().getValue().slides().size();
      oldest.remove();
    }
  }

  /**
   * The planner's picture source and warnings, passed through, and noted while a talk is being
   * planned: what a kept plan must look up and say again.
   */
  static final class Recorder implements DeckPlanner.ImageSource, Diagnostics {
    private final DeckPlanner.ImageSource images;
    private final Diagnostics diagnostics;
    private List<Lookup> lookups;
    private List<Finding> findings;

    Recorder(DeckPlanner.ImageSource images, Diagnostics diagnostics) {
      this.images = images;
      this.diagnostics = diagnostics;
    }

    void start() {
      lookups = new ArrayList<>();
      findings = new ArrayList<>();
    }

    List<Lookup> lookups() {
      return List.copyOf(lookups);
    }

    List<Finding> findings() {
      return List.copyOf(findings);
    }

    @Override
    public Optional<LoadedImage> find(String src, int line) {
      Optional<LoadedImage> found = images.find(src, line);
      if (lookups != null) {
        lookups.add(new Lookup(src, line, found));
      }
      return found;
    }

    @Override
    public void report(Finding finding) {
      if (findings != null) {
        findings.add(finding);
      }
      diagnostics.report(finding);
    }

    /**
     * Looks the kept plan's pictures up again (which warns as planning did); false when one is
     * not the same any more, and the talk must be planned again.
     */
    boolean replay(Plan plan) {
      for (Lookup l : plan.lookups()) {
        if (!l.same(images.find(l.src(), l.line()))) {
          return false;
        }
      }
      plan.findings().forEach(diagnostics::report);
      return true;
    }
  }
}
