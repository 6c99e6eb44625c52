package dev.notedeck.cli;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.pipeline.NotesWalk;
import dev.notedeck.resource.ResourceLoader;
import dev.notedeck.resource.ResourcePolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * The images a build would skip, each with the warning the build gives (remote without
 * {@code --allow-remote}, outside the notes' folder, unreadable, too large, not an image): the
 * same loader and policy as a default build. Missing files beside the notes are {@link NotesLint}'s.
 */
final class ImageLint {

  private ImageLint() {}

  static List<Finding> check(Path file, Event event) {
    Path base = file.toAbsolutePath().getParent();
    Diagnostics.Collecting skipped = new Diagnostics.Collecting();
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(base), skipped);
    for (Block.Image image : NotesWalk.images(event)) {
      boolean missing = NotesWalk.localFile(image.src(), base)
          .map(p -> NotesLint.isMissingBeside(p, base)).orElse(false);
      if (!missing) {
        loader.image(image.src(), base, file, image.line());
      }
    }
    return skipped.findings();
  }
}
