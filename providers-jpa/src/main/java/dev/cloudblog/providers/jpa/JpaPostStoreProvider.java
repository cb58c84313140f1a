package dev.cloudblog.providers.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostStoreProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The {@code jpa} post store: durable posts in H2 (default, a file under {@code blog.data.dir}) or
 * PostgreSQL ({@code blog.jpa.url=jdbc:postgresql://...}). {@link #create} opens a HikariCP pool,
 * brings the schema up to date with the migrations and builds the Hibernate session factory; the
 * store's {@code close()} releases both. See the package documentation for the settings.
 *
 * <pre>{@code
 * Blog blog = CloudBlog.builder()
 *         .property("blog.store.provider", "jpa")
 *         .property("blog.jpa.url", "jdbc:postgresql://db/blog")
 *         .build();
 * }</pre>
 */
public final class JpaPostStoreProvider implements PostStoreProvider {

    /** Creates the provider; it does nothing until {@link #create}. */
    public JpaPostStoreProvider() {
    }

    @Override
    public String name() {
        return "jpa";
    }

    /**
     * Opens the store.
     *
     * @throws BlogConfigurationException if a setting is invalid, the database is unreachable or a
     *         migration fails
     */
    @Override
    public PostStore create(ProviderContext context) {
        JpaSettings settings = JpaSettings.from(context.config());
        HikariDataSource dataSource = open(settings);
        try {
            try (Connection connection = dataSource.getConnection()) {
                new SchemaMigrator(settings.database()).migrate(connection, Integer.MAX_VALUE);
            }
            return new JpaPostStore(sessionFactory(dataSource), dataSource, context.clock());
        } catch (SQLException e) {
            dataSource.close();
            throw new BlogConfigurationException("cannot use the database at " + settings.url() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource open(JpaSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("cloudblog-jpa");
        config.setJdbcUrl(settings.database() == Database.H2 ? embedded(settings.url()) : settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(false);
        if (settings.database() == Database.H2) {
            // Writers queue on a locked row for up to 10 s instead of H2's default of 1 s.
            config.setConnectionInitSql("SET LOCK_TIMEOUT 10000");
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new BlogConfigurationException("cannot connect to the database at " + settings.url()
                    + " as '" + settings.user() + "' (blog.jpa.url, blog.jpa.user, blog.jpa.password): "
                    + e.getMessage(), e);
        }
    }

    /**
     * The H2 URL with {@code WRITE_DELAY=0} and {@code DB_CLOSE_ON_EXIT=FALSE}, each unless the URL
     * sets it itself. H2 otherwise keeps commits in memory for up to a second, and a process killed
     * then loses writes it confirmed; and it closes the database in a JVM shutdown hook of its own,
     * racing the host's, so a blog closed from the host's hook could no longer drain its outbox
     * into it. The store closes the database when the blog closes.
     */
    static String embedded(String h2Url) {
        String upper = h2Url.toUpperCase(Locale.ROOT);
        return h2Url + (upper.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0")
                + (upper.contains("DB_CLOSE_ON_EXIT") ? "" : ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static SessionFactory sessionFactory(HikariDataSource dataSource) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(PostEntity.class)
                .addAnnotatedClass(RevisionEntity.class)
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "none")
                .setProperty(AvailableSettings.GENERATE_STATISTICS, "true")
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                .setProperty(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true");
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        return configuration.buildSessionFactory();
    }
}
