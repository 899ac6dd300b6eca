package io.c360.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A minimal HTTP/1.1 GET client on one keep-alive connection, for the load of the lookup benchmark: one per
 * client thread, so the measured cost is the server's and the loopback's, not a general-purpose client's
 * (java.net.http.HttpClient's own threads cost as much CPU as a small lookup on two cores). Reads
 * {@code Content-Length} and chunked bodies; reconnects when the server closes the connection.
 */
final class KeepAliveClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeepAliveClient.class);
    private static final int TIMEOUT_MILLIS = 30_000;

    private final String headerLines;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private String authority;

    /** A client that sends these headers with every request. */
    KeepAliveClient(java.util.Map<String, String> headers) {
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append("\r\n"));
        this.headerLines = lines.toString();
    }

    /** An answer: status and body as text. */
    record Answer(int status, String body) {
    }

    Answer get(URI uri) throws IOException {
        boolean reused = socket != null && uri.getRawAuthority().equals(authority);
        try {
            return exchange(uri);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            // The server may close an idle keep-alive connection at any time; a GET may be sent again.
            return exchange(uri);
        }
    }

    private Answer exchange(URI uri) throws IOException {
        connect(uri);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + authority + "\r\n" + headerLines + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        byte[] body = chunked ? chunkedBody() : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
        if (length >= 0 && body.length != length) {
            throw new EOFException("connection closed inside a body");
        }
        if (closes || (!chunked && length < 0)) {
            close();
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private void connect(URI uri) throws IOException {
        if (socket != null && uri.getRawAuthority().equals(authority)) {
            return;
        }
        close();
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), TIMEOUT_MILLIS);
        s.setSoTimeout(TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
        out = s.getOutputStream();
        authority = uri.getRawAuthority();
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("connection closed inside a chunk");
            }
            body.write(chunk);
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers carry nothing the benchmark needs
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String line = line();
        int semicolon = line.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
    }

    /** One header line without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing a connection failed; it is dropped either way", e);
            }
            socket = null;
        }
    }
}
