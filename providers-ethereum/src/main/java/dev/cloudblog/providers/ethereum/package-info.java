/**
 * The {@code ethereum} anchor: each signed checkpoint's root written to an Ethereum chain in one
 * transaction, through the AnchorRegistry contract or as calldata, and checked there by
 * {@link dev.cloudblog.providers.ethereum.OnChainVerifier}. Configured by
 * {@link dev.cloudblog.providers.ethereum.EthereumSettings}; the contract is deployed with
 * {@link dev.cloudblog.providers.ethereum.AnchorRegistryDeployer}.
 */
package dev.cloudblog.providers.ethereum;
