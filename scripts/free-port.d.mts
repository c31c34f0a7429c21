export declare function freePort(): Promise<number>;
export declare function freePortSync(): number;
