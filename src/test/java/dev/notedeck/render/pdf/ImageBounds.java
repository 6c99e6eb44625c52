package dev.notedeck.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import java.awt.geom.Point2D;

/** Where the first image of a document is drawn, in points. */
final class ImageBounds {
  record Found(int page, double width, double height) {}

  private ImageBounds() {}

  static Found find(PDDocument doc) throws IOException {
    int n = 0;
    for (PDPage page : doc.getPages()) {
      n++;
      Finder f = new Finder(page);
      f.processPage(page);
      if (f.found != null) {
        return new Found(n, f.found[0], f.found[1]);
      }
    }
    return null;
  }

  private static final class Finder extends PDFGraphicsStreamEngine {
    double[] found;

    Finder(PDPage page) {
      super(page);
    }

    @Override
    public void drawImage(PDImage image) {
      Matrix m = getGraphicsState().getCurrentTransformationMatrix();
      if (found == null) {
        found = new double[] {Math.abs(m.getScalingFactorX()), Math.abs(m.getScalingFactorY())};
      }
    }

    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}
    @Override public void clip(int windingRule) {}
    @Override public void moveTo(float x, float y) {}
    @Override public void lineTo(float x, float y) {}
    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
    @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
    @Override public void closePath() {}
    @Override public void endPath() {}
    @Override public void strokePath() {}
    @Override public void fillPath(int windingRule) {}
    @Override public void fillAndStrokePath(int windingRule) {}
    @Override public void shadingFill(COSName shadingName) {}
  }
}
