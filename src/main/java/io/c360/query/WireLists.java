package io.c360.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.kafka.streams.state.HostInfo;

/**
 * The framing of lists between instances: items written one after another, byte arrays length-prefixed.
 * Kept in one place so the writing and the reading side cannot drift apart.
 */
public final class WireLists {
    private WireLists() {
    }

    @FunctionalInterface
    public interface ItemWriter {
        void write(DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface ItemReader {
        void read(DataInputStream in) throws IOException;
    }

    public static byte[] write(ItemWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static void bytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        byte[] value = new byte[in.readInt()];
        in.readFully(value);
        return value;
    }

    static void read(byte[] body, HostInfo from, ItemReader reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            while (in.available() > 0) {
                reader.read(in);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("truncated answer from " + from, e);
        }
    }
}
