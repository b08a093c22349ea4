package io.github.linkpost.markdown;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default file system seen through a provider that fails the way disks and mounts do: a
 * full disk (writes stop with "No space left on device" once the free bytes are used, after a
 * partial write), an I/O error in the middle of a write, a failing move or link, a read-only
 * mount (the errors of the default provider), a folder the user may not write in, and a
 * read-only {@link FileSystem} (the unchecked
 * {@link ReadOnlyFileSystemException} of providers like zipfs). Its paths are not default-file-
 * system paths, so code under test must reach files through their own provider.
 */
final class FaultyFileSystem extends FileSystem {
  /** How the file system fails; {@link #NONE} passes every call through. */
  enum Fault {
    NONE, DISK_FULL, IO_ERROR_MID_WRITE, MOVE_FAILS, READ_ONLY_MOUNT, READ_ONLY_FILE_SYSTEM,
    PERMISSION_DENIED
  }

  private final FileSystem delegate = java.nio.file.FileSystems.getDefault();
  private final Provider provider = new Provider();
  private volatile Fault fault = Fault.NONE;
  /** Bytes that may still be written before the disk is full or the write fails. */
  private final AtomicLong budget = new AtomicLong();

  /** Fails from now on; {@code bytes} is what writes still get through before they fail. */
  void fail(Fault fault, long bytes) {
    this.budget.set(bytes);
    this.fault = fault;
  }

  /** What is left of the bytes given to {@link #fail}: 0 once a write has used them up. */
  long unspent() {
    return budget.get();
  }

  /** This file system's path for a default-file-system path. */
  Path wrap(Path path) {
    return path == null ? null : new FaultyPath(this, path);
  }

  private static Path unwrap(Path path) {
    if (!(path instanceof FaultyPath faulty)) {
      throw new java.nio.file.ProviderMismatchException(String.valueOf(path));
    }
    return faulty.delegate;
  }

  @Override
  public FileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() {}

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return fault == Fault.READ_ONLY_FILE_SYSTEM;
  }

  @Override
  public String getSeparator() {
    return delegate.getSeparator();
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    return java.util.stream.StreamSupport.stream(delegate.getRootDirectories().spliterator(), false)
        .map(this::wrap).toList();
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return delegate.getFileStores();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return delegate.supportedFileAttributeViews();
  }

  @Override
  public Path getPath(String first, String... more) {
    return wrap(delegate.getPath(first, more));
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher matcher = delegate.getPathMatcher(syntaxAndPattern);
    return path -> matcher.matches(unwrap(path));
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    return delegate.getUserPrincipalLookupService();
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException("no watching");
  }

  /** Throws what a read-only file system or mount throws for a change to {@code path}. */
  private void checkWritable(Path path) throws IOException {
    if (fault == Fault.READ_ONLY_FILE_SYSTEM) {
      throw new ReadOnlyFileSystemException();
    }
    if (fault == Fault.READ_ONLY_MOUNT) {
      throw new FileSystemException(path.toString(), null, "Read-only file system");
    }
    if (fault == Fault.PERMISSION_DENIED) {
      throw new java.nio.file.AccessDeniedException(path.toString());
    }
  }

  /** Passes a write through until the budget is spent, then fails as the fault says. */
  private final class FailingChannel implements SeekableByteChannel {
    private final SeekableByteChannel channel;
    private final Path path;

    FailingChannel(SeekableByteChannel channel, Path path) {
      this.channel = channel;
      this.path = path;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (fault != Fault.DISK_FULL && fault != Fault.IO_ERROR_MID_WRITE) {
        return channel.write(src);
      }
      long left = budget.get();
      if (left <= 0) {
        throw new FileSystemException(path.toString(), null,
            fault == Fault.DISK_FULL ? "No space left on device" : "Input/output error");
      }
      int n = (int) Math.min(left, src.remaining());
      ByteBuffer part = src.duplicate();
      part.limit(part.position() + n);
      int written = channel.write(part);
      src.position(src.position() + written);
      budget.addAndGet(-written);
      return written;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return channel.read(dst);
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      channel.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      channel.truncate(size);
      return this;
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  private final class Provider extends FileSystemProvider {
    private final FileSystemProvider real = delegate.provider();

    @Override
    public String getScheme() {
      return "faulty";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
      return FaultyFileSystem.this;
    }

    @Override
    public Path getPath(URI uri) {
      return wrap(Path.of(uri));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
        FileAttribute<?>... attrs) throws IOException {
      boolean writes = options.contains(StandardOpenOption.WRITE)
          || options.contains(StandardOpenOption.APPEND);
      if (writes) {
        checkWritable(path);
      }
      SeekableByteChannel channel = real.newByteChannel(unwrap(path), options, attrs);
      return writes ? new FailingChannel(channel, path) : channel;
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir,
        DirectoryStream.Filter<? super Path> filter) throws IOException {
      DirectoryStream<Path> stream =
          real.newDirectoryStream(unwrap(dir), entry -> filter.accept(wrap(entry)));
      return new DirectoryStream<>() {
        @Override
        public Iterator<Path> iterator() {
          Iterator<Path> entries = stream.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return entries.hasNext();
            }

            @Override
            public Path next() {
              return wrap(entries.next());
            }
          };
        }

        @Override
        public void close() throws IOException {
          stream.close();
        }
      };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
      // A mount looks the name up before it refuses the change; zipfs refuses first.
      if ((fault == Fault.READ_ONLY_MOUNT || fault == Fault.PERMISSION_DENIED)
          && Files.exists(unwrap(dir), LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(dir.toString());
      }
      checkWritable(dir);
      real.createDirectory(unwrap(dir), attrs);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
      checkWritable(link);
      if (fault == Fault.MOVE_FAILS) {
        throw new FileSystemException(link.toString(), null, "Input/output error");
      }
      real.createLink(unwrap(link), unwrap(existing));
    }

    @Override
    public void delete(Path path) throws IOException {
      checkWritable(path);
      real.delete(unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
      checkWritable(target);
      real.copy(unwrap(source), unwrap(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
      checkWritable(target);
      if (fault == Fault.MOVE_FAILS) {
        throw new FileSystemException(source.toString(), target.toString(), "Input/output error");
      }
      real.move(unwrap(source), unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
      return real.isSameFile(unwrap(path), unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
      return real.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
      return real.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
      real.checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type,
        LinkOption... options) {
      return real.getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type,
        LinkOption... options) throws IOException {
      return real.readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
        throws IOException {
      return real.readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
        throws IOException {
      checkWritable(path);
      real.setAttribute(unwrap(path), attribute, value, options);
    }
  }

  /** A default-file-system path that belongs to the faulty file system. */
  private static final class FaultyPath implements Path {
    private final FaultyFileSystem fs;
    private final Path delegate;

    FaultyPath(FaultyFileSystem fs, Path delegate) {
      this.fs = fs;
      this.delegate = delegate;
    }

    @Override
    public FileSystem getFileSystem() {
      return fs;
    }

    @Override
    public boolean isAbsolute() {
      return delegate.isAbsolute();
    }

    @Override
    public Path getRoot() {
      return fs.wrap(delegate.getRoot());
    }

    @Override
    public Path getFileName() {
      return fs.wrap(delegate.getFileName());
    }

    @Override
    public Path getParent() {
      return fs.wrap(delegate.getParent());
    }

    @Override
    public int getNameCount() {
      return delegate.getNameCount();
    }

    @Override
    public Path getName(int index) {
      return fs.wrap(delegate.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
      return fs.wrap(delegate.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
      return other instanceof FaultyPath p && delegate.startsWith(p.delegate);
    }

    @Override
    public boolean endsWith(Path other) {
      return other instanceof FaultyPath p && delegate.endsWith(p.delegate);
    }

    @Override
    public Path normalize() {
      return fs.wrap(delegate.normalize());
    }

    @Override
    public Path resolve(Path other) {
      return fs.wrap(delegate.resolve(unwrap(other)));
    }

    @Override
    public Path relativize(Path other) {
      return fs.wrap(delegate.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
      return delegate.toUri();
    }

    @Override
    public Path toAbsolutePath() {
      return fs.wrap(delegate.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
      return fs.wrap(delegate.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events,
        WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException("no watching");
    }

    @Override
    public int compareTo(Path other) {
      return delegate.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof FaultyPath p && p.fs == fs && p.delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
      return delegate.hashCode();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }
}
