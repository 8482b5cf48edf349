package io.github.jixiao.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * XML that has left POI's document model, deflated in memory in blocks of 1 MiB until the zip is
 * written: the body of a package of thousands of forms, each form saved as soon as it is written,
 * so the model never holds more than one part at a time (a model of 8,000 forms is some GB).
 *
 * <p>Elements are saved as they would appear inside their part: with the prefixes of POI's own
 * save ({@link POIXMLTypeLoader#DEFAULT_XML_OPTIONS}) and without re-declaring the namespaces
 * the part's root declares, so a spliced part is byte for byte the part POI would have written.
 */
final class Spool {

  private static final int BLOCK = 1 << 20;

  private final Blocks blocks = new Blocks();
  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, false);
  private final DeflaterOutputStream out = new DeflaterOutputStream(blocks, deflater, 1 << 16);
  private final XmlOptions options;
  private boolean finished;

  /**
   * A spool for elements of a part whose root declares these namespaces.
   *
   * @param declared prefix → namespace URI of the declarations on the part's root
   */
  Spool(Map<String, String> declared) {
    options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveOuter();
    options.setSaveNoXmlDecl();
    options.setSaveImplicitNamespaces(declared);
  }

  /** Saves an element (with its tags) after what is already there. */
  void save(XmlObject element) throws IOException {
    element.save(out, options);
  }

  /** The element's XML as {@link #save} writes it. */
  byte[] bytes(XmlObject element) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(1024);
    element.save(b, options);
    return b.toByteArray();
  }

  /** Adds bytes already in the part's form (a tag saved on its own). */
  void write(byte[] xml) throws IOException {
    out.write(xml);
  }

  /** Everything saved, as one stream; nothing can be saved after. */
  InputStream read() throws IOException {
    if (!finished) {
      out.finish();
      deflater.end();
      finished = true;
    }
    return new InflaterInputStream(blocks.stream(), new java.util.zip.Inflater(false), 1 << 16) {
      @Override
      public void close() throws IOException {
        super.close();
        inf.end();
      }
    };
  }

  /** Frees the deflater when the spool is dropped without being read. */
  void discard() {
    if (!finished) {
      deflater.end();
      finished = true;
    }
  }

  /** Bytes in blocks of 1 MiB: no doubling copies of a buffer of tens of MB. */
  private static final class Blocks extends OutputStream {
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[BLOCK];
    private int at;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (at == BLOCK) {
          full.add(current);
          current = new byte[BLOCK];
          at = 0;
        }
        int n = Math.min(len, BLOCK - at);
        System.arraycopy(b, off, current, at, n);
        at += n;
        off += n;
        len -= n;
      }
    }

    InputStream stream() {
      List<InputStream> parts = new ArrayList<>();
      for (byte[] b : full) {
        parts.add(new ByteArrayInputStream(b));
      }
      parts.add(new ByteArrayInputStream(current, 0, at));
      return new SequenceInputStream(Collections.enumeration(parts));
    }
  }
}
