import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { EducationLevel, FieldOfStudy, Occupation, Region, Skill } from './types';

const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const useRegions = () => useQuery({ queryKey: ['reference', 'regions'], queryFn: () => api<Region[]>('/reference/regions'), ...forever });
export const useEducationLevels = () =>
  useQuery({ queryKey: ['reference', 'education-levels'], queryFn: () => api<EducationLevel[]>('/reference/education-levels'), ...forever });
export const useFieldsOfStudy = () =>
  useQuery({ queryKey: ['reference', 'fields-of-study'], queryFn: () => api<FieldOfStudy[]>('/reference/fields-of-study'), ...forever });
export const useOccupations = () => useQuery({ queryKey: ['reference', 'occupations'], queryFn: () => api<Occupation[]>('/reference/occupations'), ...forever });
export const useSkills = () =>
  useQuery({ queryKey: ['reference', 'skills'], queryFn: () => api<{ skills: Skill[] }>('/reference/skills').then((body) => body.skills), ...forever });
