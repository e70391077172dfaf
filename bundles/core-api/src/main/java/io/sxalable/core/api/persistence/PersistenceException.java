package io.sxalable.core.api.persistence;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import java.sql.SQLException;

/** A database failure, carrying the SQL state so services can turn e.g. unique violations into CONFLICT. */
public class PersistenceException extends SxalableException {
    private static final long serialVersionUID = 1L;

    /** SQL state of a unique-constraint violation. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** SQL state of a foreign-key violation. */
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    private final String sqlState;

    public PersistenceException(SQLException cause) {
        super(ErrorCode.INTERNAL_ERROR, "database error (SQL state " + cause.getSQLState() + ")", cause);
        this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
    }

    public String sqlState() {
        return sqlState;
    }

    public boolean isUniqueViolation() {
        return UNIQUE_VIOLATION.equals(sqlState);
    }
}
