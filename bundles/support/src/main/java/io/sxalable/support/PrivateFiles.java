package io.sxalable.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only the appliance user may read (mode 600), created without a window in which they exist with wider
 * permissions or partial content.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> OWNER_READ_WRITE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private PrivateFiles() {
    }

    /**
     * Writes {@code content} to {@code target} unless it exists. The content goes to a temporary file created with
     * mode 600 in the same directory, is flushed to disk, and is then hard-linked to {@code target}, which fails if
     * {@code target} exists: a concurrent or earlier writer always wins and a file is never overwritten.
     *
     * @return true when this call created the file, false when it already existed
     */
    public static boolean createIfAbsent(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = isPosix(dir);
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", attrs);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (Files.exists(target)) {
                    return false;
                }
                try {
                    Files.move(tmp, target); // no REPLACE_EXISTING: fails if someone else created it meanwhile
                } catch (FileAlreadyExistsException e) {
                    return false;
                }
            }
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code content} to {@code target}, replacing it atomically: temporary file with mode 600 in the same
     * directory, flushed, then renamed over {@code target}.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        FileAttribute<?>[] attrs = isPosix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", attrs);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static boolean isPosix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    /** True unless the file is readable or writable by group or others (always true where there is no POSIX). */
    public static boolean isPrivate(Path file) throws IOException {
        if (!isPosix(file)) {
            return true;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        return perms.stream().allMatch(p -> p == PosixFilePermission.OWNER_READ || p == PosixFilePermission.OWNER_WRITE
                || p == PosixFilePermission.OWNER_EXECUTE);
    }
}
