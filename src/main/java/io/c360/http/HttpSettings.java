package io.c360.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.c360.config.AppConfig;
import io.c360.config.ConfigException;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Where and how the API listens: address, largest request body, and HTTPS when a key store is configured
 * ({@code c360.http.tls.keystore.path}); then the API serves HTTPS only.
 */
public record HttpSettings(String bindHost, int port, long maxRequestBytes, int maxHeaderBytes, Path keyStore,
                           String keyStorePassword, String keyStoreType) {

    public static HttpSettings from(AppConfig config, int port) {
        String path = config.get("c360.http.tls.keystore.path", "");
        Path keyStore = path.isEmpty() ? null : Path.of(path);
        if (keyStore != null && !Files.isReadable(keyStore)) {
            throw new ConfigException("c360.http.tls.keystore.path: cannot read " + keyStore);
        }
        return new HttpSettings(config.get("c360.http.bind", "0.0.0.0"), port,
            config.getInt("c360.http.max.request.bytes"), config.getInt("c360.http.max.header.bytes"), keyStore,
            config.get("c360.http.tls.keystore.password", ""), config.get("c360.http.tls.keystore.type", "PKCS12"));
    }

    public boolean tls() {
        return keyStore != null;
    }

    public String scheme() {
        return tls() ? "https" : "http";
    }

    /** The trust other instances' HTTPS is checked against: the certificates of this key store; null without TLS. */
    public SSLContext forwardingTrust() {
        if (!tls()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance(keyStoreType);
            store.load(in, keyStorePassword.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("c360.http.tls.keystore.path: cannot load " + keyStore + " as "
                + keyStoreType + ": " + e.getMessage());
        }
    }

    void configure(JavalinConfig cfg) {
        cfg.http.maxRequestSize = maxRequestBytes;
        cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(maxHeaderBytes));
        if (tls()) {
            cfg.jetty.addConnector((server, http) -> {
                SecureRequestCustomizer secure = new SecureRequestCustomizer();
                // instances are reached by host names and addresses their certificate may not list
                secure.setSniHostCheck(false);
                http.addCustomizer(secure);
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStorePath(keyStore.toAbsolutePath().toString());
                ssl.setKeyStorePassword(keyStorePassword);
                ssl.setKeyStoreType(keyStoreType);
                ServerConnector connector = new ServerConnector(server, ssl, new HttpConnectionFactory(http));
                connector.setHost(bindHost);
                connector.setPort(port);
                return connector;
            });
        }
    }

    @Override
    public String toString() {
        return "HttpSettings[" + scheme() + "://" + bindHost + ":" + port + ", maxRequestBytes=" + maxRequestBytes
            + ", keyStorePassword=" + (keyStorePassword.isEmpty() ? "" : "******") + "]";
    }
}
