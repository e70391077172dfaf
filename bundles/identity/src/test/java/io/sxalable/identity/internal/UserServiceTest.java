package io.sxalable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.identity.NewUser;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserUpdate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserServiceTest extends IdentityTestBase {

    @Test
    void createListGetWithValidation() {
        Caller admin = newTenantAdmin("users", null);
        User created = users.create(admin, new NewUser("ops.team@acme-1", PASSWORD, Set.of(Role.OPERATOR), null));
        assertThat(created.tenantSlug()).isEqualTo(admin.tenantSlug());
        assertThat(created.platformAdmin()).isFalse();
        assertThat(created.disabled()).isFalse();
        assertThat(users.get(admin, created.id())).isEqualTo(created);
        assertThat(users.list(admin)).extracting(User::username).contains("ops.team@acme-1", admin.username());

        assertThatThrownBy(() -> users.create(admin, new NewUser("a b", "short", Set.of(), null)))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                            .containsExactly("username", "password", "roles");
                    assertThat(e.getMessage()).doesNotContain("short");
                });
        expectCode(() -> users.create(admin, new NewUser("x".repeat(65), PASSWORD, Set.of(Role.VIEWER), null)),
                ErrorCode.VALIDATION_FAILED);
        expectCode(() -> users.create(admin, new NewUser("abc", "            ", Set.of(Role.VIEWER), null)),
                ErrorCode.VALIDATION_FAILED);
        expectCode(() -> users.create(admin, null), ErrorCode.VALIDATION_FAILED);
        // usernames are unique across the appliance, not per tenant
        Caller other = newTenantAdmin("users-b", null);
        expectCode(() -> users.create(other, new NewUser("ops.team@acme-1", PASSWORD, Set.of(Role.VIEWER), null)),
                ErrorCode.CONFLICT);
        expectCode(() -> users.get(admin, java.util.UUID.randomUUID()), ErrorCode.USER_NOT_FOUND);
    }

    @Test
    void aTenantAdminCannotTakeOverAPlatformAdminOfTheSameTenant() {
        User tenantAdmin = users.create(root, new NewUser(unique("deputy"), PASSWORD, Set.of(Role.ADMIN), null));
        Caller deputy = login(tenantAdmin.username(), PASSWORD);
        assertThat(deputy.tenantSlug()).isEqualTo(root.tenantSlug());
        assertThat(deputy.platformAdmin()).isFalse();

        expectCode(() -> users.update(deputy, root.userId(), new UserUpdate("a-password-i-chose", null, null)),
                ErrorCode.FORBIDDEN);
        expectCode(() -> users.update(deputy, root.userId(), new UserUpdate(null, null, true)), ErrorCode.FORBIDDEN);
        expectCode(() -> users.delete(deputy, root.userId()), ErrorCode.FORBIDDEN);
        assertThat(login("root", ROOT_PASSWORD).platformAdmin()).isTrue();
        // the deputy still manages ordinary users of the tenant
        User ordinary = newUser(deputy, Role.VIEWER);
        assertThat(users.update(deputy, ordinary.id(), new UserUpdate(null, null, true)).disabled()).isTrue();
    }

    @Test
    void rbac() {
        Caller admin = newTenantAdmin("rbac", null);
        newUser(admin, Role.VIEWER);
        Caller viewer = login(newUser(admin, Role.VIEWER).username(), PASSWORD);
        Caller operator = login(newUser(admin, Role.OPERATOR).username(), PASSWORD);
        Caller auditor = login(newUser(admin, Role.AUDITOR).username(), PASSWORD);
        expectCode(() -> users.create(viewer, new NewUser(unique("v"), PASSWORD, Set.of(Role.VIEWER), null)),
                ErrorCode.FORBIDDEN);
        expectCode(() -> users.create(operator, new NewUser(unique("o"), PASSWORD, Set.of(Role.VIEWER), null)),
                ErrorCode.FORBIDDEN);
        expectCode(() -> users.list(viewer), ErrorCode.FORBIDDEN);
        assertThat(users.list(auditor)).isNotEmpty(); // auditors read users
        expectCode(() -> users.update(auditor, admin.userId(), new UserUpdate(null, null, true)), ErrorCode.FORBIDDEN);
        expectCode(() -> users.delete(operator, viewer.userId()), ErrorCode.FORBIDDEN);
        // tenant admins cannot create users in other tenants; only platform admins can
        Caller other = newTenantAdmin("rbac-b", null);
        expectCode(() -> users.create(admin, new NewUser(unique("x"), PASSWORD, Set.of(Role.VIEWER),
                other.tenantSlug())), ErrorCode.FORBIDDEN);
        User viaRoot = users.create(root, new NewUser(unique("x"), PASSWORD, Set.of(Role.VIEWER), other.tenantSlug()));
        assertThat(viaRoot.tenantSlug()).isEqualTo(other.tenantSlug());
        expectCode(() -> users.create(root, new NewUser(unique("x"), PASSWORD, Set.of(Role.VIEWER), "no-such-tenant")),
                ErrorCode.TENANT_NOT_FOUND);
        // the audit entry of a platform admin's cross-tenant creation is in the target tenant's log
        assertThat(auditOf(other, "user.create", viaRoot.id().toString())).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("root");
                    assertThat(e.tenantSlug()).isEqualTo(other.tenantSlug());
                });
    }

    @Test
    void tenantIsolation() {
        Caller a = newTenantAdmin("iso-a", null);
        Caller b = newTenantAdmin("iso-b", null);
        User inB = newUser(b, Role.OPERATOR);
        assertThat(users.list(a)).extracting(User::id).doesNotContain(inB.id(), b.userId());
        expectCode(() -> users.get(a, inB.id()), ErrorCode.USER_NOT_FOUND);
        expectCode(() -> users.update(a, inB.id(), new UserUpdate(null, Set.of(Role.ADMIN), null)),
                ErrorCode.USER_NOT_FOUND);
        expectCode(() -> users.update(a, inB.id(), new UserUpdate("hijacked-password", null, null)),
                ErrorCode.USER_NOT_FOUND);
        expectCode(() -> users.delete(a, inB.id()), ErrorCode.USER_NOT_FOUND);
        assertThat(users.get(b, inB.id()).roles()).containsExactly(Role.OPERATOR);
        // a platform admin may act across tenants
        assertThat(users.get(root, inB.id()).id()).isEqualTo(inB.id());
    }

    @Test
    void quotaIsEnforced() {
        Caller admin = newTenantAdmin("quota", 3); // the admin is user 1
        newUser(admin, Role.VIEWER);
        newUser(admin, Role.VIEWER);
        assertThatThrownBy(() -> newUser(admin, Role.VIEWER)).isInstanceOfSatisfying(SxalableException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.QUOTA_EXCEEDED);
            assertThat(e.getMessage()).contains("3");
        });
        assertThat(users.list(admin)).hasSize(3);
    }

    @Test
    void lastAdminAndSelfDeletionRules() {
        Caller admin = newTenantAdmin("last", null);
        expectCode(() -> users.delete(admin, admin.userId()), ErrorCode.CONFLICT);
        expectCode(() -> users.update(admin, admin.userId(), new UserUpdate(null, Set.of(Role.VIEWER), null)),
                ErrorCode.CONFLICT);
        expectCode(() -> users.update(admin, admin.userId(), new UserUpdate(null, null, true)), ErrorCode.CONFLICT);
        User second = newUser(admin, Role.ADMIN);
        // with a second enabled admin, demoting yourself is fine
        users.update(admin, admin.userId(), new UserUpdate(null, Set.of(Role.ADMIN, Role.VIEWER), null));
        users.update(admin, second.id(), new UserUpdate(null, null, true)); // second disabled: admin is last again
        expectCode(() -> users.update(admin, admin.userId(), new UserUpdate(null, Set.of(Role.VIEWER), null)),
                ErrorCode.CONFLICT);
        Caller secondCaller = root; // a platform admin may delete the tenant's admin only if another remains
        expectCode(() -> users.delete(secondCaller, admin.userId()), ErrorCode.CONFLICT);
        users.update(admin, second.id(), new UserUpdate(null, null, false));
        users.delete(root, admin.userId());
        expectCode(() -> users.get(root, admin.userId()), ErrorCode.USER_NOT_FOUND);
        // the appliance's last platform admin cannot be disabled
        expectCode(() -> users.update(root, root.userId(), new UserUpdate(null, null, true)), ErrorCode.CONFLICT);
    }

    @Test
    void everyMutationIsAuditedWithoutSecrets() {
        Caller admin = newTenantAdmin("aud", null);
        User u = users.create(admin, new NewUser(unique("audited"), PASSWORD, Set.of(Role.VIEWER), null));
        users.update(admin, u.id(), new UserUpdate("another password 1", Set.of(Role.OPERATOR), null));
        users.delete(admin, u.id());
        String id = u.id().toString();
        AuditEntry create = auditOf(admin, "user.create", id).get(0);
        assertThat(create.before()).isEmpty();
        assertThat(create.after().orElseThrow()).contains(u.username(), "VIEWER");
        AuditEntry update = auditOf(admin, "user.update", id).get(0);
        assertThat(update.before().orElseThrow()).contains("VIEWER").doesNotContain("passwordChanged");
        assertThat(update.after().orElseThrow()).contains("OPERATOR", "\"passwordChanged\": true");
        AuditEntry delete = auditOf(admin, "user.delete", id).get(0);
        assertThat(delete.before()).isPresent();
        assertThat(delete.after()).isEmpty();
        for (AuditEntry e : List.of(create, update, delete)) {
            assertThat(e.actor()).isEqualTo(admin.username());
            assertThat(e.tenantSlug()).isEqualTo(admin.tenantSlug());
            assertThat(e.before().orElse("") + e.after().orElse(""))
                    .doesNotContain(PASSWORD, "another password 1", "argon2", "passwordHash", "password_hash");
        }
    }
}
