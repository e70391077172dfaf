package io.sxalable.testing.sim.junos.rpc;

import java.util.List;

/** An RPC that fails with one or more {@code <rpc-error>}s; the handler wraps them as Junos does. */
public final class RpcException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<RpcError> errors;

    public RpcException(RpcError... errors) {
        this(List.of(errors));
    }

    public RpcException(List<RpcError> errors) {
        super(errors.isEmpty() ? "rpc failed" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<RpcError> errors() {
        return errors;
    }
}
