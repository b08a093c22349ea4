package io.github.linkpost.metadata.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Response bodies read with a size limit, and decompressed with the same limit. */
final class Bodies {
  /** A body larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large");
    }
  }

  private Bodies() {}

  /** Collects the body's bytes, and gives up (closing the connection) past the limit. */
  static final class Capped implements BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;
    private volatile Flow.Subscription subscription;

    Capped(long limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer item : items) {
        if (bytes.size() + (long) item.remaining() > limit) {
          cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    /** Stops reading: the connection is closed. */
    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }
  }

  /** Reads nothing of the body: the connection is closed at once. */
  static final class Dropped implements BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.cancel();
      result.complete(new byte[0]);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {}

    @Override
    public void onError(Throwable error) {
      result.complete(new byte[0]);
    }

    @Override
    public void onComplete() {
      result.complete(new byte[0]);
    }
  }

  /**
   * The body as the server meant it: gzip and deflate undone, no more than the limit.
   *
   * @param encoding the {@code Content-Encoding}, or null
   * @throws TooLarge when the decoded body is larger than the limit
   * @throws IOException when the body is not what its encoding says, or the encoding unknown
   */
  static byte[] decode(byte[] body, String encoding, long limit) throws IOException {
    String e = encoding == null ? "identity" : encoding.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (e) {
      case "", "identity", "none" -> body;
      case "gzip", "x-gzip" -> read(new GZIPInputStream(new java.io.ByteArrayInputStream(body)),
          limit);
      case "deflate" -> inflate(body, limit);
      default -> throw new IOException("the server sent the body in an encoding that cannot be"
          + " read (" + encoding + ")");
    };
  }

  /** Deflate as the standard says (a zlib stream), or raw, as some servers send it. */
  private static byte[] inflate(byte[] body, long limit) throws IOException {
    try {
      return read(new InflaterInputStream(new java.io.ByteArrayInputStream(body)), limit);
    } catch (java.util.zip.ZipException zlib) {
      return read(new InflaterInputStream(new java.io.ByteArrayInputStream(body),
          new Inflater(true)), limit);
    }
  }

  private static byte[] read(InputStream in, long limit) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16384];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + (long) n > limit) {
          throw new TooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (java.io.EOFException e) {
      throw new IOException("the compressed body is cut short", e);
    }
  }
}
