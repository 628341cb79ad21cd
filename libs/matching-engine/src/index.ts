// The in-memory matching index (issue 5): see libs/matching-engine/README in the contract.
export {};
