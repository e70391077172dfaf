package io.sxalable.core.api.inventory;

/** Where a router runs. */
public enum CloudProvider { AWS, GCP, AZURE, ON_PREM }
