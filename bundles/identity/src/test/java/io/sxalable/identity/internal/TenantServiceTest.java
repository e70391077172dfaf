package io.sxalable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.identity.NewUser;
import io.sxalable.core.api.identity.TokenPair;
import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.core.api.tenant.TenantUpdate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantServiceTest extends IdentityTestBase {

    @Test
    void createWithDefaultsSchemaAndAudit() {
        String slug = unique("acme");
        Tenant t = tenants.create(root, new NewTenant(slug, "  ACME Corp ", null, null));
        assertThat(t.name()).isEqualTo("ACME Corp");
        assertThat(t.maxRouters()).isEqualTo(1000);
        assertThat(t.maxUsers()).isEqualTo(100);
        assertThat(testDb.schemaExists(slug)).isTrue();
        assertThat(tenants.get(root, slug)).isEqualTo(t);
        assertThat(tenants.list(root)).extracting(Tenant::slug).contains("default", slug);
        AuditEntry e = platformAuditOf("tenant.create", t.id().toString()).get(0);
        assertThat(e.actor()).isEqualTo("root");
        assertThat(e.tenantSlug()).isEqualTo(slug);
        assertThat(e.after().orElseThrow()).contains("ACME Corp");
        expectCode(() -> tenants.create(root, new NewTenant(slug, "again", null, null)), ErrorCode.CONFLICT);
        assertThat(testDb.schemaExists(slug)).isTrue(); // the failed duplicate did not touch the existing schema
    }

    @Test
    void slugRules() {
        for (String bad : new String[] {"A", "a", "-ab", "ab-", "a_b", "1abc", "a".repeat(33), "sxalable", "public",
                "pg-catalog", "sxalable-x"}) {
            assertThatThrownBy(() -> tenants.create(root, new NewTenant(bad, "x", null, null)))
                    .as(bad).isInstanceOfSatisfying(SxalableException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                        assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                                .containsExactly("slug");
                    });
        }
        assertThatThrownBy(() -> tenants.create(root, new NewTenant("ok-slug", "", -1, 0)))
                .isInstanceOfSatisfying(SxalableException.class, e -> assertThat(e.fieldErrors())
                        .extracting(SxalableException.FieldError::field)
                        .containsExactly("name", "maxRouters", "maxUsers"));
        assertThat(tenants.create(root, new NewTenant("a" + "b".repeat(30) + "9", "longest", 0, 1)).slug())
                .hasSize(32);
    }

    @Test
    void onlyPlatformAdmins() {
        Caller admin = newTenantAdmin("pa", null);
        expectCode(() -> tenants.create(admin, new NewTenant(unique("x"), "x", null, null)), ErrorCode.FORBIDDEN);
        expectCode(() -> tenants.list(admin), ErrorCode.FORBIDDEN);
        expectCode(() -> tenants.get(admin, admin.tenantSlug()), ErrorCode.FORBIDDEN);
        expectCode(() -> tenants.update(admin, admin.tenantSlug(), new TenantUpdate(null, null, 1000)),
                ErrorCode.FORBIDDEN);
        expectCode(() -> tenants.delete(admin, admin.tenantSlug()), ErrorCode.FORBIDDEN);
        expectCode(() -> tenants.get(root, "no-such"), ErrorCode.TENANT_NOT_FOUND);
    }

    @Test
    void updateIsAudited() {
        String slug = unique("upd");
        Tenant t = tenants.create(root, new NewTenant(slug, "Before", 10, 10));
        Tenant after = tenants.update(root, slug, new TenantUpdate("After", null, 20));
        assertThat(after.name()).isEqualTo("After");
        assertThat(after.maxRouters()).isEqualTo(10);
        assertThat(after.maxUsers()).isEqualTo(20);
        AuditEntry e = platformAuditOf("tenant.update", t.id().toString()).get(0);
        assertThat(e.before().orElseThrow()).contains("Before");
        assertThat(e.after().orElseThrow()).contains("After");
        expectCode(() -> tenants.update(root, slug, new TenantUpdate(null, -5, null)), ErrorCode.VALIDATION_FAILED);
        expectCode(() -> tenants.update(root, "no-such", new TenantUpdate("x", null, null)),
                ErrorCode.TENANT_NOT_FOUND);
    }

    @Test
    void deleteDropsSchemaUsersAndTokensButNotYourOwnTenant() {
        expectCode(() -> tenants.delete(root, "default"), ErrorCode.CONFLICT);
        String slug = unique("gone");
        Tenant t = tenants.create(root, new NewTenant(slug, "Doomed", null, null));
        String username = unique("doomed");
        users.create(root, new NewUser(username, PASSWORD, Set.of(Role.ADMIN), slug));
        TokenPair pair = auth.login(username, PASSWORD, "r");
        tenants.delete(root, slug);
        assertThat(testDb.schemaExists(slug)).isFalse();
        expectCode(() -> tenants.get(root, slug), ErrorCode.TENANT_NOT_FOUND);
        expectCode(() -> auth.authenticate(pair.accessToken(), "r"), ErrorCode.TOKEN_INVALID);
        expectCode(() -> auth.refresh(pair.refreshToken(), "r"), ErrorCode.TOKEN_INVALID);
        expectCode(() -> auth.login(username, PASSWORD, "r"), ErrorCode.INVALID_CREDENTIALS);
        AuditEntry e = platformAuditOf("tenant.delete", t.id().toString()).get(0);
        assertThat(e.before().orElseThrow()).contains("Doomed");
        assertThat(e.after()).isEmpty();
        expectCode(() -> tenants.delete(root, slug), ErrorCode.TENANT_NOT_FOUND);
        // the slug can be used again, with a fresh, empty schema
        tenants.create(root, new NewTenant(slug, "Reborn", null, null));
        assertThat(testDb.schemaExists(slug)).isTrue();
    }

    @Test
    void failedCreationLeavesNeitherRowNorSchema() {
        String slug = unique("half");
        TenantCreation creation = new TenantCreation(db, audit);
        assertThatThrownBy(() -> creation.create(root, new NewTenant(slug, "Half", null, null),
                new TenantCreation.Hook() {
                    @Override
                    public void afterInsert(java.sql.Connection tx, Tenant tenant) {
                        throw new IllegalStateException("boom after the schema exists");
                    }
                })).hasMessageContaining("boom");
        assertThat(testDb.schemaExists(slug)).isFalse();
        expectCode(() -> tenants.get(root, slug), ErrorCode.TENANT_NOT_FOUND);
        assertThat(platformAuditOf("tenant.create", null)).extracting(AuditEntry::tenantSlug).doesNotContain(slug);
    }

    @Test
    void orphanedSchemaIsReplacedNotReused() throws Exception {
        String slug = unique("orphan");
        db.createTenantSchema(slug);
        try (java.sql.Connection c = testDb.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO " + io.sxalable.core.api.persistence.Database.tenantSchema(slug)
                    + ".audit_logs (id, tenant_slug, actor, action, resource_type, resource_id, request_id)"
                    + " VALUES (gen_random_uuid(), 'x', 'x', 'old.data', 'x', 'x', 'x')");
        }
        Tenant t = tenants.create(root, new NewTenant(slug, "New owner", null, null));
        String username = unique("owner");
        users.create(root, new NewUser(username, PASSWORD, Set.of(Role.ADMIN), slug));
        Caller owner = auth.authenticate(auth.login(username, PASSWORD, "r").accessToken(), "r");
        assertThat(auditOf(owner, "old.data", "x")).isEmpty();
        assertThat(t.slug()).isEqualTo(slug);
    }
}
